package app.innkeep.cloud.db;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import org.flywaydb.core.api.migration.JavaMigration;

/** The migrations written in Java, handed to Flyway for the default data source beside the SQL ones. */
@Factory
public class JavaMigrations {

    @Singleton
    @Named("default")
    JavaMigration[] defaultDataSource() {
        return new JavaMigration[] {new FeedRunsMigration()};
    }
}
