package app.innkeep.cloud.room;

import app.innkeep.cloud.room.RoomRequests.CreateRoomRequest;
import app.innkeep.cloud.room.RoomRequests.RoomResponse;
import app.innkeep.cloud.room.RoomRequests.RoomStatusRequest;
import app.innkeep.cloud.room.RoomRequests.UpdateRoomRequest;
import app.innkeep.cloud.security.Caller;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import jakarta.validation.Valid;
import java.util.List;

@Controller("/api/v1/properties/{code}/rooms")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
public class RoomController {

    private final RoomService rooms;

    public RoomController(RoomService rooms) {
        this.rooms = rooms;
    }

    @Get
    public List<RoomResponse> list(String code, Authentication auth) {
        return rooms.list(Caller.of(auth), code);
    }

    @Get("/{number}")
    public RoomResponse get(String code, String number, Authentication auth) {
        return rooms.get(Caller.of(auth), code, number);
    }

    @Post
    public HttpResponse<RoomResponse> create(String code, @Valid @Body CreateRoomRequest request, Authentication auth) {
        return HttpResponse.created(rooms.create(Caller.of(auth), code, request));
    }

    @Put("/{number}")
    public RoomResponse update(
            String code, String number, @Valid @Body UpdateRoomRequest request, Authentication auth) {
        return rooms.update(Caller.of(auth), code, number, request);
    }

    @Put("/{number}/status")
    public RoomResponse status(
            String code, String number, @Valid @Body RoomStatusRequest request, Authentication auth) {
        return rooms.setStatus(Caller.of(auth), code, number, request);
    }
}
