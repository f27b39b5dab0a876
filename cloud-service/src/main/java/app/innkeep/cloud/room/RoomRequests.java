package app.innkeep.cloud.room;

import app.innkeep.cloud.masterdata.MasterDataRequests;
import app.innkeep.model.Housekeeping;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/** Bodies of the room endpoints. */
public final class RoomRequests {

    private RoomRequests() {}

    public static final String NUMBER_PATTERN = "[A-Z0-9][A-Z0-9-]{0,11}";
    public static final String NUMBER_MESSAGE = "must be 1-12 upper-case letters, digits or '-'";

    @Serdeable
    public record CreateRoomRequest(
            @NotBlank @Pattern(regexp = NUMBER_PATTERN, message = NUMBER_MESSAGE)
            String number,

            @NotBlank @Pattern(regexp = MasterDataRequests.CODE_PATTERN, message = MasterDataRequests.CODE_MESSAGE)
            String roomType) {}

    @Serdeable
    public record UpdateRoomRequest(
            @NotBlank @Pattern(regexp = MasterDataRequests.CODE_PATTERN, message = MasterDataRequests.CODE_MESSAGE)
            String roomType,

            @NotNull Boolean active) {}

    @Serdeable
    public record RoomStatusRequest(
            @NotNull Housekeeping housekeeping, @NotNull Boolean outOfOrder) {}

    @Serdeable
    public record RoomResponse(
            String number, String roomType, Housekeeping housekeeping, boolean outOfOrder, boolean active) {
        public static RoomResponse of(RoomRow r) {
            return new RoomResponse(r.number(), r.roomType(), r.housekeeping(), r.outOfOrder(), r.active());
        }
    }
}
