package app.innkeep.cloud.masterdata;

import java.math.BigDecimal;

/** One coded master-data entry as stored. */
public record MasterCodeRow(
        long propertyId,
        MasterDataKind kind,
        String code,
        String description,
        BigDecimal defaultPrice,
        boolean card,
        Integer maxOccupancy,
        boolean active) {}
