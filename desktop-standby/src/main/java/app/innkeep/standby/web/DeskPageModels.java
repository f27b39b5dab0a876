package app.innkeep.standby.web;

import app.innkeep.model.Housekeeping;
import app.innkeep.standby.outage.FrontDesk;
import io.micronaut.security.authentication.Authentication;
import jakarta.inject.Singleton;
import java.util.Map;

/**
 * What the desk pages with forms show: {@link DeskPages} renders them, and {@link DeskForms} renders them again with
 * a refused form's message, so a form never reaches into another controller.
 */
@Singleton
class DeskPageModels {

    private final FrontDesk desk;
    private final Pages pages;

    DeskPageModels(FrontDesk desk, Pages pages) {
        this.desk = desk;
        this.pages = pages;
    }

    /** The booking page's model; null when there is no such booking. */
    Map<String, Object> bookingModel(Authentication user, String confirmation) {
        var file = desk.booking(confirmation);
        if (file.isEmpty()) {
            return null;
        }
        Map<String, Object> model = pages.model(user, "search");
        model.put("b", file.get());
        model.put("shown", desk.detailsShown(file.get().booking()));
        model.put("choices", desk.choices());
        model.put("done", null);
        return model;
    }

    Map<String, Object> walkInModel(Authentication user) {
        Map<String, Object> model = pages.model(user, "walk-in");
        model.put("done", null);
        model.put("rooms", desk.freeTonight());
        model.put("choices", desk.choices());
        return model;
    }

    Map<String, Object> reservationModel(Authentication user) {
        Map<String, Object> model = pages.model(user, "reservation");
        model.put("done", null);
        model.put("reservation", desk.reservationChoices());
        model.put("choices", desk.choices());
        return model;
    }

    Map<String, Object> roomsModel(Authentication user, String done) {
        Map<String, Object> model = pages.model(user, "rooms");
        model.put("rooms", desk.rack());
        model.put("housekeepingStatuses", Housekeeping.values());
        model.put("done", desk.journalEntry(done).orElse(null));
        return model;
    }

    Map<String, Object> outageModel(Authentication user, String done) {
        Map<String, Object> model = pages.model(user, "outage");
        model.put("view", desk.outage().orElse(null));
        model.put("collisions", desk.collisions());
        model.put("done", desk.journalEntry(done).orElse(null));
        return model;
    }
}
