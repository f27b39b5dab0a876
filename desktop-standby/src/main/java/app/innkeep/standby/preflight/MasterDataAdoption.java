package app.innkeep.standby.preflight;

import app.innkeep.standby.cli.SuggestedCommand;
import app.innkeep.standby.preflight.MasterDataPreflight.Mismatch;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The admin's use of the mismatch view: see the differences, take the cloud's values. Each call is one transaction. */
@Singleton
public class MasterDataAdoption {

    private static final Logger LOG = LoggerFactory.getLogger(MasterDataAdoption.class);

    private final MasterDataPreflight preflight;
    private final TransactionOperations<Connection> tx;

    public MasterDataAdoption(MasterDataPreflight preflight, TransactionOperations<Connection> tx) {
        this.preflight = preflight;
        this.tx = tx;
    }

    public List<Mismatch> mismatches() {
        return tx.executeRead(s -> preflight.mismatches());
    }

    /** Adopts everything the cloud has; returns a sentence for the admin. */
    public String adoptAll() {
        int adopted = tx.executeWrite(s -> preflight.adoptAll());
        LOG.info("Adopted the cloud's master data for {} entries", adopted);
        return "adopted the cloud's values for " + adopted + " entries; held events apply at the next sync";
    }

    /** The admin edits the standby's own entry (a desktop PMS's master data is its own). */
    public String save(MasterDataPreflight.Entry entry) {
        if (!MasterDataPreflight.KINDS.contains(entry.kind())) {
            throw new IllegalArgumentException("kind must be one of " + MasterDataPreflight.KINDS);
        }
        if (!app.innkeep.model.MasterDataCode.isValid(entry.code())) {
            throw new IllegalArgumentException("code must be 1-12 upper-case letters, digits, '_' or '-'");
        }
        if (entry.description() != null && entry.description().length() > 120) {
            throw new IllegalArgumentException("description must be at most 120 characters");
        }
        tx.executeWrite(s -> {
            preflight.save(entry);
            return null;
        });
        LOG.info(
                "Standby master data {} {} saved by the admin (active: {})",
                entry.kind(),
                entry.code(),
                entry.active());
        return "saved " + entry.kind() + " " + entry.code();
    }

    /** Adopts one entry, or only the given fields of it; refuses an entry the cloud does not have. */
    public String adopt(String kind, String code, List<String> fields) {
        if (kind == null || code == null || kind.isBlank() || code.isBlank()) {
            throw new IllegalArgumentException("say which entry to adopt: its kind and code (or all)");
        }
        if (fields != null && !MasterDataPreflight.FIELDS.containsAll(fields)) {
            throw new IllegalArgumentException("fields are " + MasterDataPreflight.FIELDS + ", not " + fields);
        }
        boolean done = tx.executeWrite(s -> preflight.adopt(kind, code, fields));
        if (!done) {
            throw new IllegalArgumentException("this standby's copy of the cloud has no " + kind + " " + code
                    + " (check the code; if the cloud does have it, the copy is incomplete: refresh it with "
                    + SuggestedCommand.RESYNC.text() + ")");
        }
        LOG.info(
                "Adopted the cloud's {} {}{}",
                kind,
                code,
                fields == null || fields.isEmpty() ? "" : " fields " + fields);
        return "adopted " + kind + " " + code + (fields == null || fields.isEmpty() ? "" : " fields " + fields);
    }
}
