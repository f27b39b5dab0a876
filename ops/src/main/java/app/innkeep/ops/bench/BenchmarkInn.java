package app.innkeep.ops.bench;

import app.innkeep.cloud.masterdata.MasterDataKind;
import app.innkeep.cloud.masterdata.MasterDataRequests.CreateMasterCodeRequest;
import app.innkeep.cloud.masterdata.MasterDataService;
import app.innkeep.cloud.pairing.PairingRequests.PairRequest;
import app.innkeep.cloud.pairing.PairingService;
import app.innkeep.cloud.portfolio.CreatePropertyRequest;
import app.innkeep.cloud.portfolio.PropertyService;
import app.innkeep.cloud.property.Properties;
import app.innkeep.cloud.property.PropertyRow;
import app.innkeep.cloud.security.Caller;
import app.innkeep.cloud.security.StaffRole;
import app.innkeep.cloud.staff.StaffService;
import io.micronaut.context.ApplicationContext;
import java.time.LocalDate;

/** The feed bench's property: 40 standard rooms sold on the website, backup on, and a standby paired to it. */
final class BenchmarkInn {

    private BenchmarkInn() {}

    /** Creates a property as support does, in UTC and US dollars, with its first admin; answers that admin. */
    static Caller create(ApplicationContext ctx, String code, String name, LocalDate businessDate) {
        ctx.getBean(PropertyService.class)
                .create(
                        new Caller("support", StaffRole.SUPPORT, null),
                        new CreatePropertyRequest(
                                code,
                                name,
                                "UTC",
                                "USD",
                                businessDate,
                                new CreatePropertyRequest.FirstAdmin(
                                        code.toLowerCase() + ".admin", "Bench admin", "benchmark admin password")));
        return new Caller(code.toLowerCase() + ".admin", StaffRole.PROPERTY_ADMIN, code);
    }

    static PropertyRow open(ApplicationContext ctx, String code) {
        Caller support = new Caller("support", StaffRole.SUPPORT, null);
        Caller admin = create(ctx, code, "Benchmark Inn", LocalDate.parse("2026-03-10"));
        var masterData = ctx.getBean(MasterDataService.class);
        masterData.create(
                admin, code, MasterDataKind.SOURCE, new CreateMasterCodeRequest("WEB", "Website", null, null, null));
        masterData.create(
                admin, code, MasterDataKind.ROOM_TYPE, new CreateMasterCodeRequest("STD", "Standard", null, null, 2));
        var rooms = ctx.getBean(app.innkeep.cloud.room.RoomService.class);
        for (int n = 1; n <= 40; n++) {
            rooms.create(
                    admin,
                    code,
                    new app.innkeep.cloud.room.RoomRequests.CreateRoomRequest(String.valueOf(1000 + n), "STD"));
        }
        ctx.getBean(StaffService.class);
        ctx.getBean(PropertyService.class).setBackup(support, code, true);
        return BusyProperty.transactions(ctx)
                .executeRead(s -> ctx.getBean(Properties.class).byCode(code).orElseThrow());
    }

    static String pairDevice(ApplicationContext ctx, String code) {
        var pairing = ctx.getBean(PairingService.class);
        var pairingCode =
                pairing.createCode(new Caller(code.toLowerCase() + ".admin", StaffRole.PROPERTY_ADMIN, code), code);
        return pairing.pair(new PairRequest(pairingCode.code(), "Benchmark standby"), null)
                .credential();
    }
}
