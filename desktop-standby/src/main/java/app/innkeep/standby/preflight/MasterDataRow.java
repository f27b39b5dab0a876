package app.innkeep.standby.preflight;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Embeddable;
import io.micronaut.data.annotation.EmbeddedId;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;
import io.micronaut.data.model.naming.NamingStrategies;
import java.math.BigDecimal;
import java.time.Instant;

/** One entry of the standby's own master data, as a desktop PMS keeps it: edited here, never written by the feed. */
@MappedEntity(
        value = "MASTER_DATA",
        namingStrategy = NamingStrategies.UnderScoreSeparatedUpperCase.class,
        escape = false)
record MasterDataRow(
        @EmbeddedId Key id,
        @Nullable String description,
        @Nullable BigDecimal defaultPrice,
        @Nullable Boolean card,
        @Nullable Integer maxOccupancy,
        boolean active,
        Instant updatedAt) {

    /** An entry's kind and code: the table's key. */
    @Embeddable
    record Key(
            @MappedProperty("KIND") String kind,
            @MappedProperty("CODE") String code) {}

    MasterDataPreflight.Entry entry() {
        return new MasterDataPreflight.Entry(
                id.kind(), id.code(), description, defaultPrice, card, maxOccupancy, active);
    }
}
