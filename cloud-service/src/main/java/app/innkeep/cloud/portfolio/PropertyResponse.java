package app.innkeep.cloud.portfolio;

import app.innkeep.cloud.property.PropertyRow;
import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDate;

@Serdeable
public record PropertyResponse(
        String code, String name, String timeZone, String currency, LocalDate businessDate, boolean backupEnabled) {

    static PropertyResponse of(PropertyRow p) {
        return new PropertyResponse(
                p.code(), p.name(), p.timeZone(), p.currency(), p.businessDate(), p.backupEnabled());
    }
}
