package org.concord.tm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A posting walked row by row: the ids of every row and every chunk within a row, ascending, whether the walk reads
 * (chunk, blob) or (chunk, rowid) and fetches a blob only for a row it enters; rows whose chunk ended below a target
 * are passed over unread; ids out of order are refused.
 */
class PostingCursorTest {
    private static final Index.Chunks CHUNKS = new Index.Chunks(new int[] {1, 2, 3}, new int[] {100_000, 2_000_000, 3_000_000});
    private Connection c;
    private final Index.Reads reads = new Index.Reads();

    @BeforeEach
    void open() throws SQLException {
        c = DriverManager.getConnection("jdbc:sqlite::memory:");
        try (Statement s = c.createStatement()) {
            s.execute("CREATE TABLE p (term TEXT NOT NULL, chunk INTEGER NOT NULL, ids BLOB NOT NULL)");
            s.execute("CREATE INDEX p_term ON p(term, chunk)");
        }
        // Chunk 1's row holds two chunks (ids across varint widths), chunks 2 and 3 one each.
        row("w", 1, chunks(new int[] {2, 5, 127, 128}, new int[] {16_383, 16_384, 99_999}));
        row("w", 2, chunks(new int[] {1_500_000, 1_500_001}));
        row("w", 3, chunks(new int[] {2_500_000, 3_000_000}));
        row("bad", 1, chunks(new int[] {7, 9}, new int[] {8}));
    }

    @AfterEach
    void close() throws SQLException {
        c.close();
    }

    private void row(String term, int chunk, byte[] ids) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO p VALUES (?, ?, ?)")) {
            ps.setString(1, term);
            ps.setInt(2, chunk);
            ps.setBytes(3, ids);
            ps.executeUpdate();
        }
    }

    private static byte[] chunks(int[]... chunks) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int[] ids : chunks) out.writeBytes(Postings.encodeChunk(ids, ids.length));
        return out.toByteArray();
    }

    private PostingCursor cursor(String term, boolean byRowid) throws Exception {
        PreparedStatement walk = c.prepareStatement("SELECT chunk, " + (byRowid ? "rowid" : "ids") + " FROM p WHERE term = ? ORDER BY chunk");
        walk.setString(1, term);
        PreparedStatement blob = byRowid ? c.prepareStatement("SELECT ids FROM p WHERE rowid = ?") : null;
        return PostingCursor.open(walk, blob, null, -1, CHUNKS, reads, 9, ps -> {});
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void nextGivesEveryIdOfEveryChunkAscendingThenTheEnd(boolean byRowid) throws Exception {
        try (PostingCursor p = cursor("w", byRowid)) {
            List<Integer> ids = new ArrayList<>();
            for (int id = p.next(); id != PostingCursor.END; id = p.next()) ids.add(id);
            assertThat(ids).containsExactly(2, 5, 127, 128, 16_383, 16_384, 99_999, 1_500_000, 1_500_001, 2_500_000, 3_000_000);
            assertThat(p.next()).isEqualTo(PostingCursor.END);
            assertThat(p.decodedIds()).isEqualTo(11);
        }
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void advanceGivesTheFirstIdAtOrAboveEachTarget(boolean byRowid) throws Exception {
        try (PostingCursor p = cursor("w", byRowid)) {
            assertThat(p.advance(3)).isEqualTo(5);
            assertThat(p.advance(5)).isEqualTo(5);
            assertThat(p.advance(129)).isEqualTo(16_383);
            assertThat(p.contains(16_384)).isTrue();
            assertThat(p.advance(100_000)).isEqualTo(1_500_000);
            assertThat(p.next()).isEqualTo(1_500_001);
            assertThat(p.advance(3_000_000)).isEqualTo(3_000_000);
            assertThat(p.advance(3_000_001)).isEqualTo(PostingCursor.END);
        }
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void rowsWhoseChunkEndedBelowTheTargetAreSteppedOverWithoutTheirBlob(boolean byRowid) throws Exception {
        try (PostingCursor p = cursor("w", byRowid)) {
            assertThat(p.advance(2_000_001)).isEqualTo(2_500_000);
            assertThat(reads.stepped).isEqualTo(3);
            assertThat(reads.rows).as("blobs read").isEqualTo(1);
            assertThat(p.decodedIds()).isEqualTo(1);
        }
    }

    /** Eight chunks of two ids each, chunk k holding 1000k + 1 and 1000k + 2. */
    private static final Index.Chunks EIGHT = new Index.Chunks(new int[] {1, 2, 3, 4, 5, 6, 7, 8}, new int[] {1002, 2002, 3002, 4002, 5002, 6002, 7002, 8002});

    private PostingCursor eightRows(List<PreparedStatement> restStatements) throws Exception {
        for (int k = 1; k <= 8; k++) row("long", k, chunks(new int[] {1000 * k + 1, 1000 * k + 2}));
        PreparedStatement walk = c.prepareStatement("SELECT chunk, rowid FROM p WHERE term = ? ORDER BY chunk");
        walk.setString(1, "long");
        PostingCursor.Rest rest = new PostingCursor.Rest() {
            @Override
            public PreparedStatement from(int chunk) throws SQLException {
                PreparedStatement ps = c.prepareStatement("SELECT chunk, ids FROM p WHERE term = 'long' AND chunk >= ? ORDER BY chunk");
                ps.setInt(1, chunk);
                restStatements.add(ps);
                return ps;
            }

            @Override
            public void release(PreparedStatement statement) {}
        };
        return PostingCursor.open(walk, c.prepareStatement("SELECT ids FROM p WHERE rowid = ?"), rest, -1, EIGHT, reads, 16, ps -> {});
    }

    @org.junit.jupiter.api.Test
    void aWalkEnteringRowAfterRowReadsTheRestWithTheirBlobsNotAStatementARow() throws Exception {
        List<PreparedStatement> rest = new ArrayList<>();
        try (PostingCursor p = eightRows(rest)) {
            List<Integer> ids = new ArrayList<>();
            for (int id = p.next(); id != PostingCursor.END; id = p.next()) ids.add(id);
            assertThat(ids).containsExactly(1001, 1002, 2001, 2002, 3001, 3002, 4001, 4002, 5001, 5002, 6001, 6002, 7001, 7002, 8001, 8002);
            assertThat(rest).hasSize(1);
            // The walk, a blob fetched for each of the first rows entered, then one statement for the other four.
            assertThat(reads.statements).isEqualTo(1 + PostingCursor.ENTERED_BEFORE_REST + 1);
            assertThat(reads.rows).isEqualTo(8);
        }
    }

    @org.junit.jupiter.api.Test
    void aWalkEndingAtTheRowsItFetchedByRowidRunsNoOtherStatement() throws Exception {
        List<PreparedStatement> rest = new ArrayList<>();
        try (PostingCursor p = eightRows(rest)) {
            for (int k = 1; k <= 4; k++) {
                assertThat(p.next()).isEqualTo(1000 * k + 1);
                assertThat(p.next()).isEqualTo(1000 * k + 2);
            }
            assertThat(rest).isEmpty();
            assertThat(reads.statements).isEqualTo(1 + PostingCursor.ENTERED_BEFORE_REST);
        }
    }

    @org.junit.jupiter.api.Test
    void aWalkThatPassesOverRowsKeepsFetchingBlobsByRowid() throws Exception {
        List<PreparedStatement> rest = new ArrayList<>();
        try (PostingCursor p = eightRows(rest)) {
            for (int k = 1; k <= 8; k += 2) assertThat(p.advance(1000 * k + 1)).isEqualTo(1000 * k + 1); // rows 2, 4 and 6 passed over
            assertThat(p.next()).isEqualTo(7002);
            assertThat(p.advance(8002)).isEqualTo(8002);
            assertThat(rest).isEmpty();
            assertThat(reads.statements).as("the walk and a blob a row entered").isEqualTo(1 + 5);
            assertThat(reads.rows).isEqualTo(5);
        }
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void anIdNotAboveTheOneBeforeIsRefused(boolean byRowid) throws Exception {
        try (PostingCursor p = cursor("bad", byRowid)) {
            assertThat(p.next()).isEqualTo(7);
            assertThat(p.next()).isEqualTo(9);
            assertThatThrownBy(p::next).isInstanceOf(PostingCursor.Unordered.class).hasMessageContaining("id 8 after 9");
        }
    }
}
