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

/** GET /api/config: how the pages sign in (auth is null in the embedded default). */
export interface AppConfig {
    mode: string;
    version?: string;
    auth: { clientId: string; authority: string; apiScope: string } | null;
}

// ---- the principal's endpoints (Outlook) ----

export interface MonthInfo {
    month: string;
    label: string;
    sessions: number;
    held: boolean;
}

export interface MonthList {
    defaultMonth: string | null;
    months: MonthInfo[];
}

export interface SummarySession {
    id: string;
    title: string;
    startText: string;
    held: boolean;
}

export interface TopicCount {
    topic: string;
    count: number;
    day: number;
    semiBoarding: number;
}

export interface Outcomes {
    answered: number;
    resolved: number;
    forwarded: number;
    outsideAuthority: number;
    pending: number;
}

export interface MonthSummary {
    month: string;
    label: string;
    sessions: SummarySession[];
    total: number;
    byTopic: TopicCount[];
    outcomes: Outcomes;
    reportFileName: string;
}

/** A mail to compose: GET …/report/mail, and the mail of a reminder. */
export interface MailDraft {
    to: string[];
    subject: string;
    bodyHtml: string;
}

export interface ReportMail extends MailDraft {
    attachmentName: string;
    warnings: string[];
}

/** A draft the host made in the user's mailbox (Microsoft 365 mode). */
export interface CreatedDraft {
    draftId: string;
    webLink?: string;
    subject?: string;
    to?: string[];
    attachmentName?: string;
    attachmentBytes?: number;
}

export interface SignedLink {
    url: string;
    expires: string;
}

export interface SilentPlace {
    classOrRoom: string;
    teacher: string | null;
    email: string | null;
}

export interface Reminder {
    sessionId: string;
    deadlineText: string;
    placeWord: string;
    silent: SilentPlace[];
    mail: MailDraft;
}

export interface CalendarSync {
    created: number;
    updated: number;
    unchanged: number;
}
