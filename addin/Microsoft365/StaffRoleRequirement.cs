using DoiThoai.Reports.Schools.Access;
using Microsoft.AspNetCore.Authorization;

namespace DoiThoai.Addin.Microsoft365;

/// <summary>One of <see cref="Roles"/> (none: anyone), as the request's <see cref="ICurrentStaff"/> says.</summary>
public sealed class StaffRoleRequirement(IReadOnlySet<StaffRole> roles) : AuthorizationHandler<StaffRoleRequirement>, IAuthorizationRequirement
{
    public IReadOnlySet<StaffRole> Roles { get; } = roles;

    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, StaffRoleRequirement requirement)
    {
        if (requirement.Roles.Count == 0)
        {
            context.Succeed(requirement);
            return Task.CompletedTask;
        }

        var http = context.Resource as HttpContext;
        var staff = http?.RequestServices.GetService<ICurrentStaff>();
        if (staff is not null && requirement.Roles.Any(staff.Access.Has))
        {
            context.Succeed(requirement);
        }

        return Task.CompletedTask;
    }
}
