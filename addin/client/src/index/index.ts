// The landing page: which page to open, and whether the host answers.
import { getHealth } from "../shared/api";
import { HealthStatus } from "../shared/apiTypes";
import { byId } from "../shared/dom";
import { notify, notifyError } from "../shared/notice";
import { AppError } from "../shared/outcome";
import { F, S } from "../shared/strings";

var area = byId<HTMLElement>("server-notice");
getHealth({
    ok: function (health: HealthStatus): void {
        notify(area, "success", health.mode === "microsoft365" ? S.serverMicrosoft365 : S.serverLocal,
            health.version ? [F.serverVersion(health.version)] : undefined);
    },
    fail: function (error: AppError): void {
        notifyError(area, error);
    }
});
