package org.claimtrail.local;

import org.claimtrail.audit.chain.ChainVerification;
import org.claimtrail.audit.chain.Ed25519;
import org.claimtrail.audit.chain.HistoryBundle;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PublicKey;
import java.util.List;

/**
 * {@code verify-history BUNDLE --public-key KEY.pem}: checks a history exported by
 * {@code GET /api/v1/claims/{id}/history/export} with no server and no database, by the same code as the server's
 * {@code verify}. Prints {@code intact} or the first broken event. Exits 0 when intact and its head is signed by the
 * key, 1 when broken, 2 when the bundle has no signed checkpoint (its chain may be intact, but a stream forged whole
 * cannot be told from the real one without the signature), 64 on wrong usage or a file that cannot be read, 65 when
 * the bundle is refused: not a bundle, or beyond the limits a bundle is read within ({@link HistoryBundle#read}), so
 * that a hostile one meets a clear answer instead of running the verifier out of memory or stack.
 */
final class VerifyHistory {

    static final String COMMAND = "verify-history";
    static final int INTACT = 0;
    static final int BROKEN = 1;
    static final int UNSIGNED = 2;
    static final int USAGE = 64;
    static final int REFUSED = 65;

    private VerifyHistory() {
    }

    static int run(List<String> args, PrintStream out, PrintStream err) {
        int keyOption = args.indexOf("--public-key");
        if (args.size() != 4 || !args.get(0).equals(COMMAND) || keyOption < 2 || keyOption == args.size() - 1) {
            err.println("Usage: java -jar claimtrail-local.jar " + COMMAND + " BUNDLE.json --public-key KEY.pem");
            return USAGE;
        }
        Path bundlePath = Path.of(args.get(keyOption == 2 ? 1 : 3));
        Path keyPath = Path.of(args.get(keyOption + 1));
        HistoryBundle bundle;
        PublicKey key;
        try {
            key = Ed25519.publicKey(Files.readString(keyPath));
            long size = Files.size(bundlePath);
            if (size > HistoryBundle.MAX_BYTES) {
                err.println("Refused: the bundle has " + size + " bytes; at most " + HistoryBundle.MAX_BYTES
                        + " are read.");
                return REFUSED;
            }
            bundle = HistoryBundle.read(Files.readAllBytes(bundlePath));
        } catch (HistoryBundle.Refused e) {
            err.println("Refused: " + e.getMessage());
            return REFUSED;
        } catch (IOException | RuntimeException e) {
            err.println("Cannot read the bundle or the key: " + e.getMessage());
            return USAGE;
        }
        ChainVerification result = bundle.verify(key);
        if (!result.intact()) {
            ChainVerification.Break broken = result.brokenAt();
            out.println("broken at sequence " + broken.sequence()
                    + (broken.eventId() == null ? "" : " (event " + broken.eventId() + ")") + ": " + broken.reason());
            return BROKEN;
        }
        if (result.checkpoint() == null) {
            out.println("chain intact (" + result.events() + " events), but the bundle has no signed checkpoint");
            return UNSIGNED;
        }
        out.println("intact: claim " + bundle.claimId() + ", " + result.events() + " events, head "
                + result.checkpoint().sequence() + " signed at " + result.checkpoint().signedAt());
        return INTACT;
    }
}
