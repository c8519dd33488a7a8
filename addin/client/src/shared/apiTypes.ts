// The shapes of the host's HTTP API (docs/api.md), as the pages read them.

export interface CalendarWarning {
    code: string;
    message: string;
    suggestion: string;
}

export interface SessionCounts {
    submissions: number;
    late: number;
    answered: number;
}

export interface SessionInfo {
    id: string;
    cohort: string;
    cohortName: string;
    kind: string;
    month: string;
    title: string;
    start: string;
    startText: string;
    deadline: string;
    deadlineText: string;
    warnings: CalendarWarning[];
    counts: SessionCounts;
}

export interface SessionList {
    schoolYear: string;
    school: string;
    nextSessionId: string | null;
    sessions: SessionInfo[];
}

export interface Submission {
    id: string;
    receivedOn: string;
    classOrRoom: string;
    topic: string;
    content: string;
    studentName: string | null;
    anonymous: boolean;
    channel: string;
    channelText: string;
    status: string;
    statusText: string;
    answer: string | null;
    answeredBy: string | null;
    late: boolean;
}

export interface SubmissionList {
    sessionId: string;
    rejectedRows: number;
    submissions: Submission[];
}

export interface DigestSubmission {
    id: string;
    classOrRoom: string;
    content: string;
    late: boolean;
    duplicateGroup: number | null;
}

export interface DigestTopic {
    topic: string;
    submissions: DigestSubmission[];
}

export interface Digest {
    sessionId: string;
    total: number;
    places: number;
    expectedPlaces: number;
    placeWord: string;
    topics: DigestTopic[];
    duplicateGroups: string[][];
    silent: string[];
    late: string[];
}

/** A content control as Word's API gives it. */
export interface ControlText {
    tag: string;
    title: string;
    text: string;
}

/** A question raised at the session, a row of the on-the-spot table. */
export interface OnTheSpotQuestion {
    classOrRoom: string;
    content: string;
    answer: string;
}

/** The JSON body of POST /api/sessions/{id}/minutes. */
export interface MinutesForm {
    documentSessionId: string | null;
    controls: ControlText[];
    onTheSpot: OnTheSpotQuestion[];
}

export interface IdMessage {
    id: string;
    message: string;
}

/** The answer of POST /api/sessions/{id}/minutes. */
export interface SaveSummary {
    sessionId: string;
    saved: string[];
    unchanged: string[];
    empty: string[];
    unknown: IdMessage[];
    failed: IdMessage[];
    added: string[];
    problems: string[];
    message: string;
}

export interface HealthStatus {
    status: string;
    version?: string;
    mode?: string;
}

/** A Word file the server sent, with the name it gave it. */
export interface DownloadedFile {
    bytes: Uint8Array;
    fileName: string | null;
}
