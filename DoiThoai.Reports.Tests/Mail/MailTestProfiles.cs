using DoiThoai.Reports.Schools;
using DoiThoai.Reports.Tests.TestData;

namespace DoiThoai.Reports.Tests.Mail;

/// <summary>The bundled profile with the addresses the mails need (the bundled one has none).</summary>
internal static class MailTestProfiles
{
    public const string SoAddress = "vanphong@laocai.edu.vn";

    public static SchoolProfile WithAddresses { get; } = TestProfiles.Profile with
    {
        Report = TestProfiles.Profile.Report with { MailTo = [SoAddress, " VANPHONG@laocai.edu.vn ", "pgdtrh@laocai.edu.vn"] },
        HomeroomTeachers =
        [
            new HomeroomTeacher("10A1", "Lò Thị Mai", "mai.lt@thpt2bacha.edu.vn"),
            new HomeroomTeacher("10A2", "Vàng Seo Páo", null),
            new HomeroomTeacher("10A3", "Lò Thị Mai", "MAI.LT@thpt2bacha.edu.vn"),
            new HomeroomTeacher("11A1", "Nguyễn Văn Dũng", "dung.nv@thpt2bacha.edu.vn"),
        ],
        // The head of the board (people[]) looks after every room; a member with no rooms listed, none.
        People = [.. TestProfiles.Profile.People.Select(p => p.Role == PersonRole.BoardingBoardHead ? p with { Email = "pham.bqlbt@thpt2bacha.edu.vn" } : p)],
        BoardingBoard =
        [
            new BoardingBoardMember("Sùng Văn Lềnh", "lenh.sv@thpt2bacha.edu.vn", []),
            new BoardingBoardMember("Giàng A Chứ", "chu.ga@thpt2bacha.edu.vn", ["Phòng 1", "Phòng 2"]),
            new BoardingBoardMember("Hầu Thị Mỷ", null, ["Phòng 9"]),
        ],
    };
}
