package app.innkeep.cloud.pages;

import app.innkeep.cloud.pairing.PairingRequests.DeviceResponse;
import app.innkeep.model.PropertyTime;
import app.innkeep.model.StandbyVersion;
import java.time.Duration;
import java.time.Instant;

/**
 * A standby's health as the support and property-admin pages both show it, so both say the same in the same words:
 * when it was last seen (in the property's time, UTC beside), how far behind the feed it is in events and minutes, and
 * its state (healthy, behind, backup flag off, revoked with the reason), and the version it last said it runs.
 */
public final class StandbyHealth {

    public static final String HEADINGS =
            "<th>Standby</th><th>Version</th><th>Paired</th><th>Last seen</th><th>Behind</th>" + "<th>State</th>";
    public static final int COLUMNS = 6;

    private StandbyHealth() {}

    /** Not revoked, and not heard of for over an hour (an hourly sync that ran is never more than that). */
    public static boolean behindOverAnHour(DeviceResponse d, Instant now) {
        return d.revokedAt() == null
                && (d.lastSeenAt() == null
                        || Duration.between(d.lastSeenAt(), now).toMinutes() > 60);
    }

    public static String rowClass(DeviceResponse d, Instant now) {
        return d.revokedAt() != null ? "off" : behindOverAnHour(d, now) || !d.backupEnabled() ? "late" : "ok";
    }

    public static String state(DeviceResponse d, Instant now) {
        PropertyTime clock = PropertyTime.of(d.timeZone());
        if (d.revokedAt() != null) {
            return "revoked " + clock.format(d.revokedAt())
                    + (d.revokedReason() == null ? "" : " (reason: " + d.revokedReason() + ")");
        }
        if (!d.backupEnabled()) {
            return "backup flag off: refused until support turns it on";
        }
        return behindOverAnHour(d, now) ? "behind by more than an hour" : "healthy";
    }

    /** The {@link #COLUMNS} cells of one standby, under {@link #HEADINGS}. */
    public static String cells(DeviceResponse d, Instant now) {
        PropertyTime clock = PropertyTime.of(d.timeZone());
        Long minutes = d.lastSeenAt() == null
                ? null
                : Math.max(0, Duration.between(d.lastSeenAt(), now).toMinutes());
        return "<td>" + CloudPage.esc(d.name()) + " (#" + d.id() + ")</td><td>"
                + CloudPage.esc(version(d)) + "</td><td>"
                + CloudPage.when(clock, d.pairedAt()) + "</td><td>"
                + CloudPage.when(clock, d.lastSeenAt()) + "</td><td class=\"num\">"
                + d.lagEvents() + (d.lagEvents() == 1 ? " event" : " events")
                + (minutes == null ? "" : ", " + minutes + " min") + "</td><td>"
                + CloudPage.esc(state(d, now)) + "</td>";
    }

    /**
     * The version the standby last said it runs, or "unknown" when it never said (a standby from before the header).
     * Escaped where shown all the same: the cloud screens it, but a page does not trust what a device sent.
     */
    public static String version(DeviceResponse d) {
        return d.standbyVersion() == null ? StandbyVersion.UNKNOWN : d.standbyVersion();
    }

    /** A revoke button with its required reason, headed by the standby it revokes. */
    public static String revokeForm(String action, DeviceResponse d, String csrfField) {
        return "<form class=\"inline\" method=\"post\" action=\"" + CloudPage.esc(action) + "\"><fieldset><legend>"
                + "Revoke " + CloudPage.esc(d.name()) + " (#" + d.id() + ")</legend>" + csrfField
                + "<label>Reason <input name=\"reason\" maxlength=\"200\" required></label>"
                + "<button type=\"submit\">Revoke</button></fieldset></form>";
    }
}
