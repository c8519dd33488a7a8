using System.Text.Json.Nodes;
using DoiThoai.Reports.Schools.Access;
using DoiThoai.Reports.Tests.TestData;

namespace DoiThoai.Reports.Tests.Addin.Auth;

/// <summary>The people of the staffed test profile: who signs in, with which address, and the roles the profile gives them.</summary>
internal sealed record Staff(string Email, string Name, StaffRole[] Roles)
{
    public static readonly Staff Principal = new("phamtuananhbh2@laocai.edu.vn", "Phạm Tuấn Anh", [StaffRole.Principal]);
    public static readonly Staff Secretary = new("thuky@truong.edu.vn", "Nguyễn Tiến Lực", [StaffRole.Secretary]);
    public static readonly Staff Teacher = new("mai@truong.edu.vn", "Giàng Thị Mai", [StaffRole.HomeroomTeacher]);
    public static readonly Staff Board = new("dinh@truong.edu.vn", "Vàng A Dính", [StaffRole.BoardingBoard]);
    public static readonly Staff BoardHead = new("truongban@truong.edu.vn", "Phẩm", [StaffRole.BoardingBoard]);
    public static readonly Staff RoomlessMember = new("chua-giao-phong@truong.edu.vn", "Thào A Chư", [StaffRole.BoardingBoard]);
    public static readonly Staff Stranger = new("ai-do@truong.edu.vn", "Ai Đó", []);

    /// <summary>Everyone but the principal, each with fewer rights.</summary>
    public static readonly Staff[] Lesser = [Secretary, Teacher, Board, Stranger];

    /// <summary>The class of <see cref="Teacher"/>.</summary>
    public const string TeacherClass = "10A1";

    /// <summary>The rooms of <see cref="Board"/>.</summary>
    public static readonly string[] BoardRooms = ["Phòng 1", "Phòng 2"];

    public override string ToString() => Email;

    /// <summary>The bundled profile with addresses for the secretary, a homeroom teacher, the head of the boarding board, a board member and one with no rooms listed.</summary>
    public static string ProfileJson()
    {
        var json = JsonNode.Parse(TestProfiles.DefaultJson())!.AsObject();
        json["people"]![1]!["email"] = Secretary.Email;
        json["people"]![2]!["email"] = BoardHead.Email;
        json["homeroomTeachers"] = new JsonArray(new JsonObject { ["class"] = TeacherClass, ["name"] = Teacher.Name, ["email"] = Teacher.Email });
        json["boardingBoard"] = new JsonArray(new JsonObject
        {
            ["name"] = Board.Name,
            ["email"] = Board.Email,
            ["rooms"] = new JsonArray([.. BoardRooms.Select(r => (JsonNode)r)]),
        }, new JsonObject { ["name"] = RoomlessMember.Name, ["email"] = RoomlessMember.Email });
        return json.ToJsonString();
    }
}
