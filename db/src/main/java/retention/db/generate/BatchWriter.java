package retention.db.generate;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;

/** Writes customer histories through one connection, a batch per table, committing each batch as it is sent. */
final class BatchWriter implements AutoCloseable {

    private final Connection connection;
    private final TableBatch<CustomerHistory> customers;
    private final TableBatch<OrderRow> orders;
    private final TableBatch<InteractionRow> interactions;
    private final TableBatch<VisitRow> visits;
    private final TableBatch<ContactRow> contacts;
    private final TableBatch<CustomerHistory> truths;

    BatchWriter(Connection connection, int batchSize, LocalDate asOf) throws SQLException {
        this.connection = connection;
        connection.setAutoCommit(false);
        customers = new TableBatch<>(connection, Binders.CUSTOMER, Binders::customer, batchSize);
        orders = new TableBatch<>(connection, Binders.ORDER, Binders::order, batchSize);
        interactions = new TableBatch<>(connection, Binders.INTERACTION, Binders::interaction, batchSize);
        visits = new TableBatch<>(connection, Binders.VISIT, Binders::visit, batchSize);
        contacts = new TableBatch<>(connection, Binders.CONTACT, Binders::contact, batchSize);
        truths = new TableBatch<>(connection, Binders.TRUTH, (s, h) -> {
            s.setLong(1, h.plan().id());
            s.setObject(2, asOf);
            s.setString(3, h.plan().stage().name());
            s.setString(4, h.plan().causeList());
        }, batchSize);
    }

    void write(CustomerHistory history) throws SQLException {
        customers.add(history);
        truths.add(history);
        for (OrderRow order : history.orders()) {
            orders.add(order);
        }
        for (OrderRow order : history.badOrders()) {
            orders.add(order);
        }
        for (InteractionRow interaction : history.interactions()) {
            interactions.add(interaction);
        }
        for (InteractionRow interaction : history.badInteractions()) {
            interactions.add(interaction);
        }
        for (VisitRow visit : history.visits()) {
            visits.add(visit);
        }
        for (ContactRow contact : history.contacts()) {
            contacts.add(contact);
        }
    }

    /** Sends and commits what is pending. */
    void flush() throws SQLException {
        customers.flush();
        truths.flush();
        orders.flush();
        interactions.flush();
        visits.flush();
        contacts.flush();
    }

    @Override
    public void close() throws SQLException {
        // Everything flushed is committed; a failure's half-sent batch is rolled back, not committed by the switch.
        try (Connection c = connection; TableBatch<?> a = customers; TableBatch<?> b = orders;
                TableBatch<?> i = interactions; TableBatch<?> v = visits; TableBatch<?> k = contacts;
                TableBatch<?> t = truths) {
            c.rollback();
            c.setAutoCommit(true);
        }
    }
}
