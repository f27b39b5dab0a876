package app.innkeep.cloud.audit;

import app.innkeep.cloud.db.DerbyRepository;
import app.innkeep.cloud.db.PostgresRepository;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.repository.GenericRepository;
import java.util.List;

/** The audit trail's rows, newest first, narrowed by what was changed (ADR 0015: one set of methods per dialect). */
public interface AuditEntries extends GenericRepository<AuditEntryRow, Long> {

    void save(AuditEntryRow row);

    List<AuditEntryRow> findByPropertyIdOrderByIdDesc(long propertyId, Pageable page);

    List<AuditEntryRow> findByPropertyIdAndSubjectTypeOrderByIdDesc(long propertyId, String subjectType, Pageable page);

    List<AuditEntryRow> findByPropertyIdAndSubjectKeyOrderByIdDesc(long propertyId, String subjectKey, Pageable page);

    List<AuditEntryRow> findByPropertyIdAndSubjectTypeAndSubjectKeyOrderByIdDesc(
            long propertyId, String subjectType, String subjectKey, Pageable page);

    @DerbyRepository
    interface OnDerby extends AuditEntries {}

    @PostgresRepository
    interface OnPostgres extends AuditEntries {}
}
