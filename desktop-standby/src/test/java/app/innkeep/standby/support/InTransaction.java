package app.innkeep.standby.support;

import io.micronaut.context.ApplicationContext;
import io.micronaut.transaction.TransactionOperations;
import java.sql.Connection;
import java.util.function.Supplier;

/** Runs a test's reads and writes of the replica in transactions of their own, as the app's services do. */
public final class InTransaction {

    private final TransactionOperations<Connection> tx;

    private InTransaction(TransactionOperations<Connection> tx) {
        this.tx = tx;
    }

    public static InTransaction of(ApplicationContext context) {
        @SuppressWarnings("unchecked")
        TransactionOperations<Connection> tx = context.getBean(TransactionOperations.class);
        return new InTransaction(tx);
    }

    public <T> T read(Supplier<T> work) {
        return tx.executeRead(s -> work.get());
    }

    public <T> T write(Supplier<T> work) {
        return tx.executeWrite(s -> work.get());
    }

    public void run(Runnable work) {
        tx.executeWrite(s -> {
            work.run();
            return null;
        });
    }
}
