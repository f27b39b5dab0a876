package app.innkeep.cloud.letters;

import app.innkeep.cloud.property.Properties;
import app.innkeep.cloud.property.PropertyRow;
import app.innkeep.model.LetterTemplate;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Gives every property opened before letters were kept in the cloud its standard letters, once, at start-up. A
 * second instance starting at the same moment may race for the same row: the loser's insert fails on the key and
 * the next start finds nothing left to do.
 */
@Singleton
public class StandardLetters {

    private static final Logger LOG = LoggerFactory.getLogger(StandardLetters.class);

    private final Properties properties;
    private final LetterTemplates templates;
    private final LetterTemplateService service;
    private final TransactionOperations<Connection> tx;

    StandardLetters(
            Properties properties,
            LetterTemplates templates,
            LetterTemplateService service,
            TransactionOperations<Connection> tx) {
        this.properties = properties;
        this.templates = templates;
        this.service = service;
        this.tx = tx;
    }

    @EventListener
    public void onStartup(StartupEvent event) {
        try {
            int written = seedMissing();
            if (written > 0) {
                LOG.info("Wrote {} standard letters for properties that had none", written);
            }
        } catch (RuntimeException e) {
            LOG.warn(
                    "Standard letters not written at start-up (another instance may be writing them): {}",
                    e.toString());
        }
    }

    /** Writes the standard letters every property lacks; returns how many. */
    public int seedMissing() {
        return tx.executeWrite(status -> {
            int written = 0;
            List<PropertyRow> all = properties.all();
            for (String name : LetterTemplate.STANDARD) {
                Set<Long> having = templates.propertiesWith(name);
                for (PropertyRow property : all) {
                    if (!having.contains(property.id())) {
                        templates.insert(service.seeded(property.id(), name));
                        written++;
                    }
                }
            }
            return written;
        });
    }
}
