package org.concord.tm;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * Inserts rows into one table many to a statement: SQLite then opens the table once for them all, which halves the
 * cost of the many small rows an index flush writes.
 */
final class RowInserter implements AutoCloseable {
    private static final int ROWS = 128;

    private final Connection c;
    private final String head;
    private final String row;
    private final int columns;
    private final Object[] values;
    private int rows;
    private PreparedStatement full;

    /** {@code insert}: "INSERT INTO table(a, b, c)", with {@code columns} columns. */
    RowInserter(Connection c, String insert, int columns) {
        this.c = c;
        this.head = insert + " VALUES ";
        this.row = "(" + "?,".repeat(columns - 1) + "?)";
        this.columns = columns;
        this.values = new Object[ROWS * columns];
    }

    void add(Object... row) throws SQLException {
        System.arraycopy(row, 0, values, rows * columns, columns);
        if (++rows == ROWS) {
            if (full == null) full = c.prepareStatement(sql(ROWS));
            execute(full);
        }
    }

    /** Writes the rows still waiting. */
    void flush() throws SQLException {
        if (rows == 0) return;
        try (PreparedStatement ps = c.prepareStatement(sql(rows))) {
            execute(ps);
        }
    }

    private String sql(int n) {
        return head + (row + ",").repeat(n - 1) + row;
    }

    private void execute(PreparedStatement ps) throws SQLException {
        for (int i = 0; i < rows * columns; i++) ps.setObject(i + 1, values[i]);
        ps.executeUpdate();
        rows = 0;
    }

    @Override
    public void close() throws SQLException {
        if (full != null) full.close();
    }
}
