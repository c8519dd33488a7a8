// Every Vietnamese text of the principal's Outlook pages (ribbon command, mail pane), in the style of strings.ts:
// M holds fixed texts (also put into the html at build time as {{key}}), MF builds texts with data.
// Texts shown as Outlook notifications (the ones the command shows) stay within 150 characters.
import { format } from "./strings";

/** Fixed texts, by key (no key may repeat one of strings.ts's S). */
export var M = {
    mailPaneTitle: "DoiThoai – Hiệu trưởng",
    mailModePlain: "Đang mở trong trình duyệt: báo cáo được tải về máy, thư được mở bằng liên kết.",
    mailModeRead: "Đang chạy trong Outlook.",
    mailModeCompose: "Đang chạy trong Outlook, trong thư đang soạn: có thể đính kèm báo cáo vào thư này.",
    mailModeOtherHost: "Ngăn này dành cho Outlook; ở đây chỉ dùng được như trong trình duyệt.",

    chooseMonth: "Chọn tháng",
    loadingMonths: "Đang tải danh sách tháng…",
    noMonths: "Năm học chưa có tháng nào có buổi đối thoại.",
    defaultMonthMark: " (tháng báo cáo)",
    loadingSummary: "Đang tải tình hình tháng…",
    monthSessions: "Các buổi trong tháng",
    heldMark: "đã tổ chức",
    notHeldMark: "chưa tổ chức",
    noSessionsInMonth: "Tháng này không có buổi đối thoại.",
    chartHeading: "Ý kiến theo chủ đề",
    chartDay: "Học sinh khác",
    chartSemiBoarding: "Bán trú",
    chartEmpty: "Tháng này chưa có ý kiến nào.",
    outcomesHeading: "Kết quả xử lý",
    outcomeAnswered: "Đã trả lời",
    outcomeResolved: "Đã giải quyết",
    outcomeForwarded: "Chuyển cấp trên",
    outcomeOutside: "Ngoài thẩm quyền",
    outcomePending: "Chưa xử lý",

    nextHeading: "Buổi đối thoại tới",
    loadingNext: "Đang tải buổi tới…",
    noNextSession: "Năm học không còn buổi đối thoại nào.",
    silentNone: "Tất cả đã gửi ý kiến.",
    silentNoTeacher: "chưa có người phụ trách trong hồ sơ",
    reminderButton: "Soạn thư nhắc",
    reminderMailto: "Mở thư nhắc trong chương trình thư",
    reminderWorking: "Đang soạn thư nhắc…",
    reminderMailtoHint: "Thư nhắc đã sẵn người nhận và tiêu đề: bấm liên kết dưới đây để mở trong chương trình thư.",

    reportHeading: "Báo cáo tháng",
    reportHint: "Báo cáo gửi Sở GD&ĐT, đủ các số liệu như trên.",
    reportCompose: "Soạn thư gửi báo cáo",
    reportAttach: "Đính kèm vào thư đang soạn",
    reportPreview: "Xem trước",
    reportDownload: "Tải báo cáo (.docx)",
    reportWorking: "Đang chuẩn bị báo cáo…",
    previewOpened: "Đã mở báo cáo trong trình duyệt.",
    previewLink: "Xem báo cáo",
    downloadOpened: "Đã mở liên kết tải báo cáo (.docx) trong trình duyệt.",
    downloadLink: "Tải báo cáo (.docx)",
    previewLinkHint: "Liên kết chỉ dùng được trong ít phút.",
    reportMailto: "Mở thư gửi báo cáo trong chương trình thư (nhớ đính kèm tệp vừa tải)",

    calendarHeading: "Lịch đối thoại",
    calendarHint: "Đưa các buổi đối thoại, hạn gửi ý kiến và ngày thông báo của năm học vào lịch Outlook.",
    calendarButton: "Thêm lịch vào Outlook",
    calendarWorking: "Đang thêm lịch vào Outlook…",

    reportDraftOpened: "Đã tạo và mở thư nháp gửi báo cáo tháng, có kèm tệp báo cáo. Hãy kiểm tra rồi bấm Gửi.",
    reportMessageOpened: "Đã mở thư mới gửi báo cáo. Trong thư mới, bấm lại nút “Báo cáo tháng” để đính kèm tệp báo cáo.",
    draftInDrafts: "Đã tạo thư nháp kèm báo cáo trong thư mục Thư nháp. Outlook này không tự mở được thư nháp: hãy mở từ đó.",
    needsMailbox16: "Outlook này không mở được thư mới từ DoiThoai. Hãy mở ngăn DoiThoai để tải báo cáo rồi đính kèm vào thư.",
    needsMailbox18: "Outlook này không đính kèm được tệp từ DoiThoai. Hãy mở ngăn DoiThoai để tải báo cáo rồi tự đính kèm.",
    reminderDraftOpened: "Đã tạo và mở thư nháp nhắc các nơi chưa gửi ý kiến.",
    reminderMessageOpened: "Đã mở thư mới nhắc các nơi chưa gửi ý kiến.",
    reminderNeedsMailbox16: "Outlook này không mở được thư mới từ DoiThoai; hãy dùng liên kết thư bên dưới.",
    commandTimeout: "DoiThoai chưa xong sau nhiều phút. Hãy thử lại, hoặc mở ngăn DoiThoai để tải báo cáo.",
    commandUnexpected: "DoiThoai gặp lỗi không lường trước. Hãy thử lại, hoặc mở ngăn DoiThoai để tải báo cáo."
};

/** Texts built from data. */
export var MF = {
    outlookError: function (why: string): string {
        return format("Outlook báo lỗi: {0}", [why]);
    },
    reportAttached: function (name: string, to: boolean, subject: boolean): string {
        var filled = to && subject ? "; đã điền người nhận và tiêu đề" : to ? "; đã điền người nhận" : subject ? "; đã điền tiêu đề" : "";
        return format("Đã đính kèm {0}{1}.", [name, filled]);
    },
    monthOption: function (label: string, isDefault: boolean): string {
        return isDefault ? label + M.defaultMonthMark : label;
    },
    summaryTotal: function (total: number, label: string): string {
        return format("{0} ý kiến trong {1}.", [total, label]);
    },
    chartTitle: function (label: string): string {
        return format("Ý kiến theo chủ đề, {0}", [label]);
    },
    chartBar: function (topic: string, count: number, day: number, semiBoarding: number): string {
        return format("{0}: {1} ý kiến (học sinh khác {2}, bán trú {3})", [topic, count, day, semiBoarding]);
    },
    silentCount: function (count: number, placeWord: string, deadline: string): string {
        return format("{0} {1} chưa gửi ý kiến (hạn {2}):", [count, placeWord, deadline]);
    },
    reportDownloaded: function (name: string): string {
        return format("Đã tải báo cáo về máy: {0}.", [name]);
    },
    calendarDone: function (created: number, updated: number, unchanged: number): string {
        return format("Đã thêm {0} sự kiện vào lịch Outlook, cập nhật {1}, giữ nguyên {2}.", [created, updated, unchanged]);
    }
};
