package app.innkeep.cloud.masterdata;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Embeddable;
import io.micronaut.data.annotation.EmbeddedId;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;
import io.micronaut.data.model.naming.NamingStrategies;
import java.math.BigDecimal;
import java.time.Instant;

/** A master-data entry as the MASTER_CODE table holds it: keyed by property, kind and code. */
@MappedEntity(
        value = "MASTER_CODE",
        namingStrategy = NamingStrategies.UnderScoreSeparatedUpperCase.class,
        escape = false)
record MasterCodeTableRow(
        @EmbeddedId Key key,
        String description,
        @Nullable BigDecimal defaultPrice,
        boolean card,
        @Nullable Integer maxOccupancy,
        boolean active,
        Instant updatedAt) {

    /** The natural key; the column names are given so they are not prefixed with the key's own name. */
    @Embeddable
    record Key(
            @MappedProperty("PROPERTY_ID") long propertyId,
            @MappedProperty("KIND") MasterDataKind kind,
            @MappedProperty("CODE") String code) {}

    static MasterCodeTableRow of(MasterCodeRow row, Instant now) {
        return new MasterCodeTableRow(
                new Key(row.propertyId(), row.kind(), row.code()),
                row.description(),
                row.defaultPrice(),
                row.card(),
                row.maxOccupancy(),
                row.active(),
                now);
    }

    MasterCodeRow entry() {
        return new MasterCodeRow(
                key.propertyId(), key.kind(), key.code(), description, defaultPrice, card, maxOccupancy, active);
    }
}
