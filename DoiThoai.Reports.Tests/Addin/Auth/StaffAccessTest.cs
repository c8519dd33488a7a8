using System.Net;
using System.Text.Json;
using DoiThoai.Addin.Problems;

namespace DoiThoai.Reports.Tests.Addin.Auth;

/// <summary>What each person sees: <c>/api/me</c> says their roles, classes and rooms; a homeroom teacher reads only their class's submissions, a board member only their rooms'.</summary>
[TestClass]
public sealed class StaffAccessTest
{
    private static SignedInHost _host = null!;

    [ClassInitialize]
    public static async Task StartAsync(TestContext _) => _host = await SignedInHost.StartAsync();

    [ClassCleanup]
    public static async Task StopAsync() => await _host.DisposeAsync();

    private static async Task<JsonElement> Json(string path, Staff who)
    {
        using var response = await _host.GetAsync(path, who);
        var text = await response.Content.ReadAsStringAsync();
        Assert.AreEqual(HttpStatusCode.OK, response.StatusCode, text);
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    private static string[] Classes(JsonElement list) =>
        [.. list.GetProperty("submissions").EnumerateArray().Select(s => s.GetProperty("classOrRoom").GetString()!)];

    [TestMethod]
    public async Task Me_says_who_is_signed_in_and_their_roles()
    {
        var principal = await Json("api/me", Staff.Principal);
        Assert.AreEqual("microsoft365", principal.GetProperty("mode").GetString());
        Assert.AreEqual(Staff.Principal.Name, principal.GetProperty("name").GetString());
        Assert.AreEqual(Staff.Principal.Email, principal.GetProperty("email").GetString());
        CollectionAssert.AreEqual(new[] { "Principal" }, principal.GetProperty("roles").EnumerateArray().Select(r => r.GetString()).ToArray());

        var teacher = await Json("api/me", Staff.Teacher);
        CollectionAssert.AreEqual(new[] { "HomeroomTeacher" }, teacher.GetProperty("roles").EnumerateArray().Select(r => r.GetString()).ToArray());
        CollectionAssert.AreEqual(new[] { Staff.TeacherClass }, teacher.GetProperty("classes").EnumerateArray().Select(r => r.GetString()).ToArray());

        var board = await Json("api/me", Staff.Board);
        CollectionAssert.AreEqual(Staff.BoardRooms, board.GetProperty("rooms").EnumerateArray().Select(r => r.GetString()).ToArray());

        var stranger = await Json("api/me", Staff.Stranger);
        Assert.AreEqual(0, stranger.GetProperty("roles").GetArrayLength(), "signed in, but the school does not know them");
    }

    [TestMethod]
    public async Task A_homeroom_teacher_reads_only_their_own_class()
    {
        var session = _host.SessionId("day");
        var all = Classes(await Json($"api/sessions/{session}/submissions", Staff.Principal));
        Assert.Contains(Staff.TeacherClass, all);
        Assert.IsTrue(all.Any(c => c != Staff.TeacherClass), "the sample has other classes too");

        var own = Classes(await Json($"api/sessions/{session}/submissions", Staff.Teacher));
        Assert.AreEqual(all.Count(c => c == Staff.TeacherClass), own.Length);
        Assert.IsTrue(own.All(c => c == Staff.TeacherClass), string.Join(", ", own));
        Assert.AreEqual(0, (await Json($"api/sessions/{session}/submissions", Staff.Teacher)).GetProperty("rejectedRows").GetInt32());

        var named = Classes(await Json($"api/sessions/{session}/submissions?classOrRoom={Staff.TeacherClass}", Staff.Teacher));
        CollectionAssert.AreEqual(own, named);
    }

    [TestMethod]
    public async Task Asking_for_another_class_is_403()
    {
        var session = _host.SessionId("day");
        using var response = await _host.GetAsync($"api/sessions/{session}/submissions?classOrRoom=10A2", Staff.Teacher);
        var problem = await ProblemAssert.IsProblem(response, HttpStatusCode.Forbidden, HostErrorCodes.ForbiddenRole);
        StringAssert.Contains(problem.GetProperty("detail").GetString(), "10A2");

        // The principal may narrow to any class.
        var only = Classes(await Json($"api/sessions/{session}/submissions?classOrRoom=10A2", Staff.Principal));
        Assert.IsTrue(only.All(c => c == "10A2"));
    }

    [TestMethod]
    public async Task A_board_member_reads_only_their_rooms()
    {
        var session = _host.SessionId("semi-boarding");
        var all = Classes(await Json($"api/sessions/{session}/submissions", Staff.Secretary));
        Assert.IsTrue(all.Any(c => !Staff.BoardRooms.Contains(c)), "the sample has other rooms too");

        var own = Classes(await Json($"api/sessions/{session}/submissions", Staff.Board));
        Assert.AreEqual(all.Count(Staff.BoardRooms.Contains), own.Length);
        Assert.IsTrue(own.All(Staff.BoardRooms.Contains), string.Join(", ", own));

        var teacher = Classes(await Json($"api/sessions/{session}/submissions", Staff.Teacher));
        Assert.IsEmpty(teacher, "a homeroom teacher sees no boarding room");
    }

    [TestMethod]
    public async Task The_head_of_the_board_reads_every_room()
    {
        var session = _host.SessionId("semi-boarding");
        var all = Classes(await Json($"api/sessions/{session}/submissions", Staff.Secretary));

        var head = Classes(await Json($"api/sessions/{session}/submissions", Staff.BoardHead));

        CollectionAssert.AreEquivalent(all, head);
    }

    [TestMethod]
    public async Task A_board_member_with_no_rooms_listed_reads_no_room()
    {
        var session = _host.SessionId("semi-boarding");
        var me = await Json("api/me", Staff.RoomlessMember);
        CollectionAssert.AreEqual(new[] { "BoardingBoard" }, me.GetProperty("roles").EnumerateArray().Select(r => r.GetString()).ToArray());
        Assert.AreEqual(0, me.GetProperty("rooms").GetArrayLength());

        Assert.IsEmpty(Classes(await Json($"api/sessions/{session}/submissions", Staff.RoomlessMember)), "no rooms listed: none, not every room");
        using var named = await _host.GetAsync($"api/sessions/{session}/submissions?classOrRoom={Uri.EscapeDataString(Staff.BoardRooms[0])}", Staff.RoomlessMember);
        await ProblemAssert.IsProblem(named, HttpStatusCode.Forbidden, HostErrorCodes.ForbiddenRole);
    }

    [TestMethod]
    public async Task The_boarding_board_app_role_alone_reads_no_room()
    {
        var session = _host.SessionId("semi-boarding");
        var token = _host.Authority.Token(Staff.Stranger.Email, roles: ["BoardingBoard"]);

        using var me = await _host.SendAsync(HttpMethod.Get, "api/me", token);
        var access = JsonDocument.Parse(await me.Content.ReadAsStringAsync()).RootElement;
        CollectionAssert.AreEqual(new[] { "BoardingBoard" }, access.GetProperty("roles").EnumerateArray().Select(r => r.GetString()).ToArray());
        Assert.AreEqual(0, access.GetProperty("rooms").GetArrayLength());

        using var list = await _host.SendAsync(HttpMethod.Get, $"api/sessions/{session}/submissions", token);
        var text = await list.Content.ReadAsStringAsync();
        Assert.AreEqual(HttpStatusCode.OK, list.StatusCode, text);
        Assert.IsEmpty(Classes(JsonDocument.Parse(text).RootElement), "the app role grants the role, not the rooms");
    }
}
