package app.innkeep.cloud.pairing;

import app.innkeep.cloud.audit.AuditTrail;
import app.innkeep.cloud.outbox.FeedEvents;
import app.innkeep.cloud.pairing.PairingRequests.DeviceResponse;
import app.innkeep.cloud.pairing.PairingRequests.PairRequest;
import app.innkeep.cloud.pairing.PairingRequests.PairResponse;
import app.innkeep.cloud.pairing.PairingRequests.PairingCodeResponse;
import app.innkeep.cloud.problem.Problem;
import app.innkeep.cloud.property.Properties;
import app.innkeep.cloud.property.PropertyAccess;
import app.innkeep.cloud.property.PropertyRow;
import app.innkeep.cloud.security.Caller;
import app.innkeep.cloud.security.StaffRole;
import app.innkeep.model.FreeText;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.context.annotation.Value;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * "Set backup": a property admin makes a one-time code in the cloud, the standby exchanges it for a device
 * credential that can read only that property's feed and snapshot. Support staff see every device's health.
 */
@Singleton
public class PairingService {

    private static final Logger LOG = LoggerFactory.getLogger(PairingService.class);
    private static final Set<StaffRole> ADMIN = Set.of(StaffRole.PROPERTY_ADMIN);

    private final Devices devices;
    private final DeviceSightings sightings;
    private final Properties properties;
    private final PropertyAccess access;
    private final FeedEvents feed;
    private final AuditTrail audit;
    private final Clock clock;
    private final Duration codeLifetime;
    private final Counter paired;
    private final Counter revoked;

    public PairingService(
            Devices devices,
            DeviceSightings sightings,
            Properties properties,
            PropertyAccess access,
            FeedEvents feed,
            AuditTrail audit,
            Clock clock,
            @Value("${innkeep.pairing.code-lifetime:15m}") Duration codeLifetime,
            MeterRegistry registry) {
        this.devices = devices;
        this.sightings = sightings;
        this.properties = properties;
        this.access = access;
        this.feed = feed;
        this.audit = audit;
        this.clock = clock;
        this.codeLifetime = codeLifetime;
        this.paired = Counter.builder("innkeep.devices.paired")
                .description("Standbys paired with a property")
                .register(registry);
        this.revoked = Counter.builder("innkeep.devices.revoked")
                .description("Standby devices revoked")
                .register(registry);
    }

    @Transactional
    public PairingCodeResponse createCode(Caller caller, String propertyCode) {
        PropertyRow property = access.require(caller, propertyCode, ADMIN);
        DeviceAccess.requireBackupEnabled(property);
        String code = Secrets.pairingCode();
        Instant now = clock.instant();
        Instant expires = now.plus(codeLifetime);
        devices.insertCode(Secrets.hash(code), property.id(), caller.username(), now, expires);
        audit.record(
                property.id(),
                caller.username(),
                "pairing.code-created",
                "device",
                "code",
                null,
                java.util.Map.of("expiresAt", expires.toString()));
        return new PairingCodeResponse(property.code(), code, expires);
    }

    /**
     * Exchanges a pairing code for a device credential; {@code standbyVersion} is the standby's {@link
     * app.innkeep.model.StandbyVersion#HEADER} as sent (null when none), kept screened on the new device.
     */
    @Transactional
    public PairResponse pair(PairRequest request, @io.micronaut.core.annotation.Nullable String standbyVersion) {
        String codeHash = Secrets.hash(Secrets.normalizeCode(request.code()));
        Instant now = clock.instant();
        long propertyId = devices.claimCode(codeHash, now)
                .orElseThrow(() -> Problem.invalid(
                        "code", "unknown, expired or already used pairing code; make a new one in the cloud"));
        PropertyRow property = properties.byId(propertyId).orElseThrow();
        DeviceAccess.requireBackupEnabled(property);
        String credential = Secrets.credential();
        long deviceId = devices.insert(
                propertyId,
                request.deviceName().strip(),
                Secrets.hash(credential),
                "pairing-code",
                now,
                app.innkeep.model.StandbyVersion.screened(standbyVersion));
        devices.attachDevice(codeHash, deviceId);
        audit.record(
                propertyId,
                "device:" + deviceId,
                "device.paired",
                "device",
                String.valueOf(deviceId),
                null,
                java.util.Map.of("name", request.deviceName().strip()));
        LOG.info(
                "Standby '{}' paired with {} as device {}", request.deviceName().strip(), property.code(), deviceId);
        paired.increment();
        return new PairResponse(property.code(), deviceId, credential, feed.head(propertyId));
    }

    @Transactional
    public List<DeviceResponse> devices(Caller caller, String propertyCode) {
        PropertyRow property = access.require(caller, propertyCode, ADMIN);
        sightings.flush();
        return devices.ofProperty(property.id()).stream()
                .map(d -> health(d, property))
                .toList();
    }

    /**
     * The standbys of a property for its "Desktop standby" page, which support staff may read too ({@code devices}
     * stays the admin's, as the API has always had it).
     */
    @Transactional
    public List<DeviceResponse> standbysOf(Caller caller, String propertyCode) {
        PropertyRow property =
                access.require(caller, propertyCode, Set.of(StaffRole.PROPERTY_ADMIN, StaffRole.SUPPORT));
        return devices.ofProperty(property.id()).stream()
                .map(d -> health(d, property))
                .toList();
    }

    @Transactional
    public DeviceResponse revoke(Caller caller, String propertyCode, long deviceId) {
        return revoke(caller, propertyCode, deviceId, null);
    }

    /** A property admin revokes one of its standbys, saying why (the pages require it; the API may give none). */
    @Transactional
    public DeviceResponse revoke(Caller caller, String propertyCode, long deviceId, String reason) {
        PropertyRow property = access.require(caller, propertyCode, ADMIN);
        DeviceRow device = devices.byId(deviceId)
                .filter(d -> d.propertyId() == property.id())
                .orElseThrow(() -> Problem.notFound("device", String.valueOf(deviceId)));
        return revoke(caller, device, property, reason);
    }

    /** Support staff: every property's devices with their lag, for the sync-health view. */
    @Transactional
    public List<DeviceResponse> allDevices(Caller caller) {
        caller.require(Set.of(StaffRole.SUPPORT));
        var byId = new java.util.HashMap<Long, PropertyRow>();
        properties.all().forEach(p -> byId.put(p.id(), p));
        sightings.flush();
        return devices.all().stream()
                .map(d -> health(d, byId.get(d.propertyId())))
                .toList();
    }

    /**
     * One property's standbys with their lag, as {@link #allDevices} shows them, for a page that has checked the
     * caller's right to see this property itself (the group page: support, or the admin of a group holding it).
     */
    @Transactional
    public List<DeviceResponse> healthOf(PropertyRow property) {
        return devices.ofProperty(property.id()).stream()
                .map(d -> health(d, property))
                .toList();
    }

    @Transactional
    public DeviceResponse revokeAsSupport(Caller caller, long deviceId) {
        return revokeAsSupport(caller, deviceId, null);
    }

    @Transactional
    public DeviceResponse revokeAsSupport(Caller caller, long deviceId, String reason) {
        caller.require(Set.of(StaffRole.SUPPORT));
        DeviceRow device =
                devices.byId(deviceId).orElseThrow(() -> Problem.notFound("device", String.valueOf(deviceId)));
        PropertyRow property = properties.byCode(device.propertyCode()).orElseThrow();
        return revoke(caller, device, property, reason);
    }

    private DeviceResponse revoke(Caller caller, DeviceRow device, PropertyRow property, String reason) {
        Problem.refuse("reason", FreeText.fault(reason, FreeText.Lines.SINGLE, FreeText.Limits.REASON));
        if (device.revoked()) {
            // Revoking again changes nothing (the first revocation's time and author stay): not audited as a change.
            return health(device, property);
        }
        devices.revoke(device.id(), caller.username(), clock.instant(), reason);
        DeviceRow after = devices.byId(device.id()).orElseThrow();
        audit.record(
                property.id(),
                caller.username(),
                "device.revoked",
                "device",
                String.valueOf(device.id()),
                null,
                java.util.Map.of("name", device.name()),
                reason);
        LOG.info(
                "Device {} ('{}') of {} revoked by {}", device.id(), device.name(), property.code(), caller.username());
        revoked.increment();
        return health(after, property);
    }

    private DeviceResponse health(DeviceRow d, PropertyRow property) {
        long head = feed.head(d.propertyId());
        Long lagMinutes = d.lastSeenAt() == null
                ? null
                : Duration.between(d.lastSeenAt(), clock.instant()).toMinutes();
        return new DeviceResponse(
                d.id(),
                d.propertyCode(),
                d.name(),
                d.pairedAt(),
                d.pairedBy(),
                d.revokedAt(),
                d.lastSeenAt(),
                d.lastSequence(),
                head,
                Math.max(0, head - d.lastSequence()),
                lagMinutes,
                property.backupEnabled(),
                property.timeZone(),
                d.revokedReason(),
                d.standbyVersion());
    }
}
