using System.Text.Json.Nodes;
using DoiThoai.Reports.Schools;
using DoiThoai.Reports.Schools.Access;
using DoiThoai.Reports.Tests.TestData;

namespace DoiThoai.Reports.Tests.Schools.Access;

[TestClass]
public sealed class StaffDirectoryTest
{
    private static SchoolProfile Staffed()
    {
        var json = JsonNode.Parse(TestProfiles.DefaultJson())!.AsObject();
        json["people"]!.AsArray().Add(new JsonObject { ["name"] = "Lò Văn Phó", ["role"] = "ViceChair", ["title"] = "Phó hiệu trưởng", ["email"] = "pho@truong.edu.vn" });
        json["people"]![1]!["email"] = "thuky@truong.edu.vn";
        json["people"]![2]!["email"] = "truongban@truong.edu.vn";
        json["homeroomTeachers"] = new JsonArray(
            new JsonObject { ["class"] = "10A1", ["name"] = "Giàng Thị Mai", ["email"] = "mai@truong.edu.vn" },
            new JsonObject { ["class"] = "11A2", ["name"] = "Giàng Thị Mai", ["email"] = "MAI@truong.edu.vn" },
            new JsonObject { ["class"] = "12A1", ["name"] = "Sùng Seo Páo" });
        json["boardingBoard"] = new JsonArray(
            new JsonObject { ["name"] = "Vàng A Dính", ["email"] = "dinh@truong.edu.vn", ["rooms"] = new JsonArray("Phòng 1", "Phòng 2") },
            new JsonObject { ["name"] = "Thào A Chư", ["email"] = "chu@truong.edu.vn" });
        json["report"]!["mailTo"] = new JsonArray("vanthu@sogd.example.vn");
        return SchoolProfileLoader.Parse(json.ToJsonString(), "staffed.json");
    }

    [TestMethod]
    public void Roles_come_from_the_profile_by_address_without_case()
    {
        var profile = Staffed();

        var principal = StaffDirectory.AccessOf(profile, "PhamTuanAnhBH2@laocai.edu.vn");
        Assert.IsTrue(principal.Has(StaffRole.Principal));
        Assert.IsTrue(principal.Sees("12A4"));
        Assert.IsTrue(StaffDirectory.AccessOf(profile, "pho@truong.edu.vn").Has(StaffRole.Principal), "a vice-chair leads too");

        var secretary = StaffDirectory.AccessOf(profile, "thuky@truong.edu.vn");
        Assert.IsTrue(secretary.Has(StaffRole.Secretary));
        Assert.IsFalse(secretary.Has(StaffRole.Principal));
        Assert.IsTrue(secretary.SeesEverything);

        var teacher = StaffDirectory.AccessOf(profile, " mai@truong.edu.vn ");
        Assert.IsTrue(teacher.Has(StaffRole.HomeroomTeacher));
        Assert.IsTrue(teacher.Sees("10A1") && teacher.Sees("11A2"), "one teacher, two classes");
        Assert.IsFalse(teacher.Sees("10A2"), "another class is not hers");
        Assert.IsFalse(teacher.SeesEverything);

        var member = StaffDirectory.AccessOf(profile, "dinh@truong.edu.vn");
        Assert.IsTrue(member.Sees("Phòng 2"));
        Assert.IsFalse(member.Sees("Phòng 3"));
        Assert.IsTrue(StaffDirectory.AccessOf(profile, "truongban@truong.edu.vn").Sees("Phòng 9"), "the head of the board sees every room");
        var roomless = StaffDirectory.AccessOf(profile, "chu@truong.edu.vn");
        Assert.IsTrue(roomless.Has(StaffRole.BoardingBoard));
        Assert.IsFalse(roomless.AllRooms || roomless.Sees("Phòng 1") || roomless.Sees("Phòng 9"), "no rooms listed: none, not every room");

        Assert.AreSame(StaffAccess.None, StaffDirectory.AccessOf(profile, "la@ngoai.vn"));
        Assert.AreSame(StaffAccess.None, StaffDirectory.AccessOf(profile, null));
        CollectionAssert.AreEqual(new[] { "vanthu@sogd.example.vn" }, profile.Report.MailTo.ToList());
    }

    [TestMethod]
    public void Unknown_classes_rooms_and_bad_addresses_are_named_by_path()
    {
        var json = JsonNode.Parse(TestProfiles.DefaultJson())!.AsObject();
        json["homeroomTeachers"] = new JsonArray(new JsonObject { ["class"] = "13A9", ["name"] = "Ai đó", ["email"] = "khong-phai-email" });
        json["boardingBoard"] = new JsonArray(new JsonObject { ["name"] = "Ai đó", ["rooms"] = new JsonArray("Phòng 99") });
        json["report"]!["mailTo"] = new JsonArray("so gd@");

        var ex = Assert.ThrowsExactly<InvalidProfileException>(() => SchoolProfileLoader.Parse(json.ToJsonString(), "bad.json"));
        var paths = ex.Errors.Select(e => e.Path).ToList();
        CollectionAssert.Contains(paths, "$.homeroomTeachers[0].class");
        CollectionAssert.Contains(paths, "$.homeroomTeachers[0].email");
        CollectionAssert.Contains(paths, "$.boardingBoard[0].rooms[0]");
        CollectionAssert.Contains(paths, "$.report.mailTo[0]");
        Assert.AreEqual(ErrorCodes.ProfileInvalid, ex.Code);
    }
}
