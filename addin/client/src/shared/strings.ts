// Every Vietnamese text of the pages, in one place so a Vietnamese teacher can review the wording.
// Plain entries are also substituted into the html at build time ({{key}}); functions build texts with data.

/** Fixed texts, by key. The build replaces {{key}} in the html with these (escaped). */
export var S = {
    appName: "DoiThoai",
    landingTitle: "DoiThoai – Đối thoại với học sinh",
    landingIntro: "Hỗ trợ nhà trường tổ chức buổi tiếp xúc, đối thoại hằng tháng với học sinh: tổng hợp ý kiến trước buổi, ghi biên bản, lưu câu trả lời vào sổ tổng hợp.",
    landingChoose: "Chọn công việc",
    landingSecretary: "Thư ký: biên bản và câu trả lời",
    landingSecretaryHint: "Chọn buổi đối thoại, mở biên bản, ghi câu hỏi tại buổi, lưu câu trả lời, xem bản tổng hợp ý kiến.",
    landingPrincipal: "Hiệu trưởng: tình hình tháng và báo cáo",
    landingPrincipalHint: "Xem tình hình tháng, nhắc các lớp chưa gửi ý kiến, gửi báo cáo tháng lên Sở.",
    landingOffice: "Trong Word hoặc Outlook, mở DoiThoai từ thẻ Trang đầu để dùng các công việc này ngay trong tài liệu hay thư.",
    serverChecking: "Đang kiểm tra máy chủ…",
    serverLocal: "Máy chủ đang chạy trên máy này (không cần Microsoft 365).",
    serverMicrosoft365: "Máy chủ đang chạy với Microsoft 365.",

    paneTitle: "DoiThoai – Thư ký",
    modeDetecting: "Đang kiểm tra môi trường…",
    modePlain: "Đang mở trong trình duyệt: biên bản được tải về máy, câu trả lời gửi lên bằng tệp.",
    modeOtherHost: "Ngăn này dành cho Word; ở đây chỉ dùng được như trong trình duyệt.",
    modeWordTooOld: "Word này quá cũ (không có WordApi 1.1): chỉ dùng được như trong trình duyệt.",
    modeLateWord: "Đã kết nối được với Word.",

    chooseSession: "Chọn buổi đối thoại",
    loadingSessions: "Đang tải danh sách buổi đối thoại…",
    noSessions: "Năm học chưa có buổi đối thoại nào.",
    nextSessionMark: " (buổi tới)",
    countSubmissions: "Ý kiến",
    countLate: "Gửi muộn",
    countAnswered: "Đã trả lời",
    deadlineLabel: "Hạn gửi ý kiến: ",
    warningsHeading: "Lưu ý về lịch",
    suggestionPrefix: "Đề xuất: ",
    retry: "Thử lại",
    cancel: "Hủy",
    remove: "Xóa",
    busy: "Đang làm việc khác, xin chờ xong đã.",
    needSession: "Hãy chọn buổi đối thoại trước.",

    minutesHeading: "Biên bản",
    openMinutes: "Mở biên bản",
    openMinutesHint: "Biên bản đã điền sẵn các ý kiến của buổi, mỗi ý kiến có ô trả lời và ô xử lý.",
    loadingMinutes: "Đang tải biên bản…",
    openingInWord: "Đang mở biên bản trong Word…",
    minutesOpenedNew: "Đã mở biên bản trong một tài liệu Word mới. Điền câu trả lời ở tài liệu đó; ngăn DoiThoai tự mở cùng tài liệu.",
    minutesInserted: "Đã chèn biên bản vào tài liệu đang mở.",
    minutesLostParts: "Word này chỉ có WordApi 1.1: biên bản được chèn vào tài liệu đang mở nhưng mất phần đầu trang, chân trang và số trang. Muốn giữ đủ, hãy dùng Word 2016 trở lên hoặc mở biên bản trong trình duyệt để tải tệp về.",
    replaceQuestion: "Tài liệu đang mở đã có nội dung. Thay toàn bộ nội dung bằng biên bản?",
    replaceYes: "Thay bằng biên bản",
    checkingControls: "Đang kiểm tra các ô của biên bản…",

    onTheSpotHeading: "Thêm câu hỏi tại buổi",
    onTheSpotClass: "Lớp / Phòng",
    onTheSpotQuestion: "Câu hỏi, ý kiến",
    onTheSpotAnswer: "Trả lời",
    onTheSpotAdd: "Thêm câu hỏi",
    onTheSpotNeedQuestion: "Hãy nhập nội dung câu hỏi.",
    onTheSpotNoTable: "Không thấy bảng câu hỏi tại buổi (ô “Câu hỏi tại buổi”) trong tài liệu đang mở. Hãy mở biên bản trước.",
    onTheSpotNeeds13: "Word này chưa thêm được dòng vào bảng (cần WordApi 1.3). Hãy gõ thẳng vào bảng ở mục 3 của biên bản: đặt con trỏ vào ô cuối cùng rồi nhấn Tab để thêm dòng.",
    onTheSpotKept: "Đã ghi lại trong trang; câu hỏi sẽ được gửi khi bấm “Lưu câu trả lời”.",
    onTheSpotListHeading: "Câu hỏi đã ghi trong trang (chưa gửi)",

    saveHeading: "Lưu câu trả lời",
    saveAnswers: "Lưu câu trả lời",
    saveHintWord: "Gửi biên bản đang mở về máy chủ; câu trả lời được ghi vào sổ tổng hợp.",
    saveHintPlain: "Chọn tệp biên bản đã điền (.docx) rồi bấm lưu. Nếu không có tệp, các câu hỏi tại buổi ghi trong trang sẽ được gửi.",
    chooseFile: "Tệp biên bản đã điền (.docx)",
    chooseFileButton: "Chọn tệp…",
    noFileChosen: "Chưa chọn tệp.",
    readingDocument: "Đang đọc tài liệu từ Word…",
    savingControls: "Đang gửi nội dung các ô…",
    fileApiUnavailable: "Word này không cho đọc cả tệp tài liệu; gửi nội dung các ô thay thế.",
    jsonWithoutTable: "Word này không đọc được bảng (cần WordApi 1.3): câu hỏi tại buổi trong bảng chưa được gửi; hãy lưu tệp và gửi bằng trình duyệt.",
    noFileNoQuestions: "Hãy chọn tệp biên bản đã điền, hoặc ghi câu hỏi tại buổi, trước khi lưu.",
    notDocx: "Tệp đã chọn không phải tệp Word (.docx).",
    fileTooLarge: "Tệp lớn hơn 20 MB; máy chủ không nhận tệp lớn như vậy.",
    noControls: "Tài liệu đang mở không có ô nào của biên bản; không có gì để gửi.",
    savedPageQuestions: "Đã gửi các câu hỏi tại buổi ghi trong trang.",

    summarySaved: "Đã lưu",
    summaryUnchanged: "Không đổi (sổ đã có)",
    summaryEmpty: "Chưa có câu trả lời",
    summaryUnknown: "Không nhận ra",
    summaryFailed: "Không ghi được",
    summaryAdded: "Câu hỏi tại buổi đã thêm vào sổ",
    summaryProblems: "Cần lưu ý",

    digestHeading: "Bản tổng hợp ý kiến",
    showDigest: "Xem bản tổng hợp ý kiến",
    loadingDigest: "Đang tải bản tổng hợp…",
    digestTopics: "Theo chủ đề",
    digestDuplicates: "Ý kiến trùng nhau",
    digestLate: "Ý kiến gửi muộn",
    digestNone: "Không có.",
    digestLateMark: "gửi muộn",
    digestDownload: "Tải bản tổng hợp (.docx)",
    digestOpenInWord: "Mở bản tổng hợp trong Word",
    digestOpened: "Đã mở bản tổng hợp trong một tài liệu Word mới.",

    errorNetwork: "Không kết nối được với máy chủ DoiThoai. Hãy kiểm tra máy chủ đã chạy và mạng của trường, rồi thử lại.",
    errorTimeout: "Máy chủ DoiThoai không trả lời kịp. Hãy thử lại sau ít phút.",
    errorBadAnswer: "Máy chủ DoiThoai trả lời không đúng dạng mong đợi.",
    errorTitle: "Có lỗi",
    signInTitle: "Chưa đăng nhập được Microsoft 365",
    signInFailed: "Không đăng nhập được tài khoản Microsoft 365 của trường. Hãy thử lại; nếu vẫn lỗi, báo người quản trị DoiThoai.",
    signInCancelled: "Cửa sổ đăng nhập đã đóng trước khi đăng nhập xong. Hãy thử lại và đăng nhập bằng tài khoản của trường.",
    signInLibraryMissing: "Không tải được thư viện đăng nhập của DoiThoai. Hãy tải lại trang.",
    signInNoConfig: "Máy chủ DoiThoai chưa cấu hình đăng nhập Microsoft 365. Hãy báo người quản trị.",
    signInBlocked: "Office đã chặn cửa sổ đăng nhập. Hãy cho phép cửa sổ bật lên của DoiThoai rồi thử lại.",
    signInAlreadyOpen: "Cửa sổ đăng nhập đang mở: hãy đăng nhập ở đó.",
    signInPopupBlocked: "Trình duyệt đã chặn cửa sổ đăng nhập. Hãy cho phép cửa sổ bật lên rồi thử lại.",
    authTitle: "DoiThoai – Đăng nhập",
    authWorking: "Đang đăng nhập Microsoft 365…",
    authDone: "Đã đăng nhập. Cửa sổ này sẽ tự đóng.",
    authFailed: "Không đăng nhập được. Hãy đóng cửa sổ này và thử lại.",
    authNotFromAddin: "Trang này chỉ dùng để đăng nhập từ DoiThoai.",
    downloadUnavailable: "Trình duyệt này không tải được tệp về máy."
};

/** Fills {0}, {1}, … in a template. */
export function format(template: string, args: (string | number)[]): string {
    return template.replace(/\{(\d+)\}/g, function (whole: string, index: string): string {
        var value = args[parseInt(index, 10)];
        return value === undefined ? whole : String(value);
    });
}

/** Texts built from data. */
export var F = {
    modeWord: function (version: string): string {
        return format("Đang chạy trong Word (WordApi {0}).", [version]);
    },
    documentSession: function (title: string): string {
        return format("Đã chọn buổi của tài liệu đang mở: {0}.", [title]);
    },
    documentSessionUnknown: function (id: string): string {
        return format("Tài liệu đang mở ghi buổi “{0}”, không có trong danh sách buổi của năm học.", [id]);
    },
    documentOtherSession: function (id: string): string {
        return format("Tài liệu đang mở là biên bản của buổi khác (“{0}”); máy chủ sẽ không nhận nếu lưu cho buổi đã chọn.", [id]);
    },
    minutesDownloaded: function (file: string): string {
        return format("Đã tải biên bản về máy: {0}. Mở tệp bằng Word để điền câu trả lời, rồi gửi lại tệp ở mục “Lưu câu trả lời”.", [file]);
    },
    controlsComplete: function (count: number): string {
        return format("Biên bản đủ {0} ô cần đọc lại.", [count]);
    },
    controlsMissing: function (list: string): string {
        return format("Biên bản thiếu các ô: {0}. Những gì ghi ở đó sẽ không được đọc lại; hãy mở lại biên bản.", [list]);
    },
    controlAnswer: function (id: string): string {
        return format("trả lời ý kiến {0}", [id]);
    },
    controlHandling: function (id: string): string {
        return format("xử lý ý kiến {0}", [id]);
    },
    controlOnTheSpot: function (): string {
        return "bảng câu hỏi tại buổi";
    },
    controlEndTime: function (): string {
        return "giờ kết thúc";
    },
    onTheSpotAdded: function (row: number): string {
        return format("Đã ghi vào dòng {0} của bảng câu hỏi tại buổi.", [row]);
    },
    readingSlices: function (done: number, total: number): string {
        return format("Đang đọc tài liệu từ Word: phần {0}/{1}…", [done, total]);
    },
    uploading: function (percent: number): string {
        return format("Đang gửi lên máy chủ: {0}%…", [percent]);
    },
    fileApiFailed: function (why: string): string {
        return format("Không đọc được cả tệp từ Word ({0}); gửi nội dung các ô thay thế.", [why]);
    },
    officeError: function (why: string): string {
        return format("Word báo lỗi: {0}", [why]);
    },
    httpStatus: function (status: number): string {
        return format("Máy chủ DoiThoai báo lỗi (mã {0}).", [status]);
    },
    digestTotals: function (total: number, places: number, expected: number, placeWord: string): string {
        return format("{0} ý kiến của {1}/{2} {3}.", [total, places, expected, placeWord]);
    },
    digestSilent: function (placeWord: string): string {
        return format("Các {0} chưa gửi ý kiến", [placeWord]);
    },
    digestGroup: function (group: number): string {
        return format("trùng nhóm {0}", [group]);
    },
    digestGroupLine: function (group: number, ids: string): string {
        return format("Nhóm {0}: {1}", [group, ids]);
    },
    pageQuestionLine: function (classOrRoom: string, content: string): string {
        return classOrRoom ? format("{0}: {1}", [classOrRoom, content]) : content;
    },
    serverVersion: function (version: string): string {
        return format("Phiên bản máy chủ: {0}.", [version]);
    }
};
