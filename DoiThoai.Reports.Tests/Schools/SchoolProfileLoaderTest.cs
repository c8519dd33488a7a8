using System.Text.Json.Nodes;
using DoiThoai.Reports.Schools;
using DoiThoai.Reports.Tests.TestData;
using NodaTime;

namespace DoiThoai.Reports.Tests.Schools;

[TestClass]
public sealed class SchoolProfileLoaderTest
{
    [TestMethod]
    public void Default_profile_is_the_plans_school()
    {
        var profile = SchoolProfileLoader.LoadDefault();

        Assert.AreEqual("Trường THPT số 2 Bắc Hà", profile.IssuingBody);
        Assert.AreEqual("THPTS2.BH", profile.Abbreviation);
        Assert.AreEqual("Asia/Ho_Chi_Minh", profile.TimeZone.Id);
        Assert.AreEqual(new LocalTime(19, 45), profile.For(Cohort.SemiBoarding).StartTime);
        Assert.AreEqual(new LocalTime(14, 0), profile.For(Cohort.Day).StartTime);
        Assert.AreEqual(3, profile.For(Cohort.Day).StudentsPerClass);
        Assert.AreEqual(28, profile.SessionRule.NominalDay);
        Assert.AreEqual(new DeadlineRule(27, new LocalTime(15, 0), CollisionPolicy.Warn, CollisionPolicy.Warn), profile.DeadlineRule);
        Assert.AreEqual("Phạm Tuấn Anh", profile.PersonIn(PersonRole.Chair)?.Name);
        Assert.AreEqual("Nguyễn Tiến Lực", profile.PersonIn(PersonRole.Secretary)?.Name);
        Assert.AreEqual("Vũ Thanh Lịch", profile.PersonIn(PersonRole.TimetableOfficer)?.Name);
        Assert.AreEqual(new LocalDate(2023, 5, 25), profile.SchoolYear.LastTeachingDay);
        Assert.AreEqual(9, profile.SchoolYear.TeachingMonths.Count);
    }

    [TestMethod]
    [DataRow("2023-01-02", true)]
    [DataRow("2023-01-20", true)]
    [DataRow("2023-01-26", true)]
    [DataRow("2023-01-27", false)]
    [DataRow("2023-04-29", true)]
    [DataRow("2023-05-03", true)]
    [DataRow("2023-05-04", false)]
    public void Default_profile_holds_the_public_holidays_of_2022_2023(string date, bool holiday)
    {
        var day = NodaTime.Text.LocalDatePattern.Iso.Parse(date).Value;
        Assert.AreEqual(holiday, TestProfiles.Profile.HolidayOn(day) is not null, date);
    }

    [TestMethod]
    public void Bad_profile_names_every_faulty_field_by_json_path()
    {
        var json = JsonNode.Parse(TestProfiles.DefaultJson())!.AsObject();
        json.Remove("issuingBody");
        json["timeZone"] = "Asia/Bac_Ha";
        json["cohorts"]![1]!["startTime"] = "25:99";
        json["cohorts"]![0]!["cohort"] = "Boarders";
        json["sessionRule"]!["nominalDay"] = 40;
        json["holidays"]![3]!["end"] = "2023-01-19";
        json["schoolYear"]!["teachingMonths"]![2] = "tháng 11";

        var error = Assert.ThrowsExactly<InvalidProfileException>(() => SchoolProfileLoader.Parse(json.ToJsonString(), "hong.json"));

        var paths = error.Errors.Select(e => e.Path).ToList();
        CollectionAssert.IsSubsetOf(
            new[]
            {
                "$.issuingBody", "$.timeZone", "$.cohorts[1].startTime", "$.cohorts[0].cohort",
                "$.sessionRule.nominalDay", "$.holidays[3].end", "$.schoolYear.teachingMonths[2]",
            },
            paths);
        Assert.IsTrue(error.Errors.All(e => e.Message.Length > 0 && !e.Message.Contains("Exception")), string.Join("\n", error.Errors));
        StringAssert.Contains(error.Errors.Single(e => e.Path == "$.cohorts[1].startTime").Message, "HH:mm");
    }

    [TestMethod]
    public void Profile_without_a_cohort_or_chair_is_refused()
    {
        var json = JsonNode.Parse(TestProfiles.DefaultJson())!.AsObject();
        json["cohorts"]!.AsArray().RemoveAt(0);
        json["people"]!.AsArray().RemoveAt(0);

        var error = Assert.ThrowsExactly<InvalidProfileException>(() => SchoolProfileLoader.Parse(json.ToJsonString(), "x.json"));

        Assert.IsTrue(error.Errors.Any(e => e.Path == "$.cohorts" && e.Message.Contains("SemiBoarding")), string.Join("\n", error.Errors));
        Assert.IsTrue(error.Errors.Any(e => e.Path == "$.people" && e.Message.Contains("Chair")), string.Join("\n", error.Errors));
    }

    [TestMethod]
    public void Malformed_json_is_refused_with_a_vietnamese_message()
    {
        var error = Assert.ThrowsExactly<InvalidProfileException>(() => SchoolProfileLoader.Parse("{ \"venue\": [1, ", "x.json"));

        Assert.AreEqual(1, error.Errors.Count);
        StringAssert.Contains(error.Errors[0].Message, "JSON không đọc được");
    }

    [TestMethod]
    public void Weekend_shift_landing_on_the_other_weekend_day_is_refused()
    {
        var json = JsonNode.Parse(TestProfiles.DefaultJson())!.AsObject();
        json["sessionRule"]!["saturdayShiftDays"] = 1;

        var error = Assert.ThrowsExactly<InvalidProfileException>(() => SchoolProfileLoader.Parse(json.ToJsonString(), "x.json"));

        Assert.AreEqual("$.sessionRule.saturdayShiftDays", error.Errors.Single().Path);
    }

    [TestMethod]
    public void Missing_file_is_refused()
    {
        var error = Assert.ThrowsExactly<InvalidProfileException>(() => SchoolProfileLoader.LoadFile(Path.Combine(Path.GetTempPath(), Guid.NewGuid() + ".json")));

        StringAssert.Contains(error.Errors[0].Message, "Không tìm thấy");
    }
}
