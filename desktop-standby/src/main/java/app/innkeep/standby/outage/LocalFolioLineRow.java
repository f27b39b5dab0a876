package app.innkeep.standby.outage;

import app.innkeep.model.LineKind;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.model.naming.NamingStrategies;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** A folio line the desk posted during an outage; its ID is negative, never one of the cloud's. */
@MappedEntity(
        value = "LOCAL_FOLIO_LINE",
        namingStrategy = NamingStrategies.UnderScoreSeparatedUpperCase.class,
        escape = false)
record LocalFolioLineRow(
        @Id long lineId,
        String confirmation,
        LineKind lineKind,
        String code,
        @Nullable String description,
        BigDecimal quantity,
        BigDecimal unitPrice,
        BigDecimal amount,
        LocalDate businessDate,
        @Nullable String cardLast4,
        @Nullable Long reversesLineId,
        String entryId,
        Instant postedAt,
        String postedBy,
        @Nullable Instant retiredAt) {}
