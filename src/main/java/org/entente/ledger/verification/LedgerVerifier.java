package org.entente.ledger.verification;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.io.Writer;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import static java.util.Objects.requireNonNull;

/**
 * A member's independent check of the centre's ledger, with nothing but the JDK: {@code java -jar entente.jar
 * verify --url URL --token TOKEN [--key KEY] [--state FILE]}.
 * <p>
 * It fetches the latest checkpoint and checks its signature with the pinned key; checks that the tree it signs
 * extends the one last accepted (RFC 9162 §2.1.4.2), kept in the state file; then, for every entry the member may
 * see since the last run, recomputes the commitment from the event and salt, the envelope from that, and checks
 * the envelope's inclusion in the checkpoint's tree (§2.1.3.2). Exits 0 when all holds, 1 naming the first entry
 * or checkpoint that does not, 2 when it could not check (usage, network, HTTP error). The state file is only
 * written after a run that verified everything.
 */
public final class LedgerVerifier {

	/** Exit status: everything verified. */
	public static final int VERIFIED = 0;

	/** Exit status: the ledger does not match its proofs or checkpoints. */
	public static final int MISMATCH = 1;

	/** Exit status: nothing could be concluded. */
	public static final int UNABLE = 2;

	private static final int PAGE = 1000;

	private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

	private final URI base;

	private final String token;

	private final PrintStream out;

	private LedgerVerifier(URI base, String token, PrintStream out) {
		this.base = base;
		this.token = token;
		this.out = out;
	}

	public static void main(String[] args) {
		System.exit(run(args, System.out, System.err));
	}

	/**
	 * Runs a verification.
	 * @param args {@code --url URL --token TOKEN [--key KEY] [--state FILE]}
	 * @param out where the summary goes
	 * @param err where problems go
	 * @return the exit status: {@link #VERIFIED}, {@link #MISMATCH} or {@link #UNABLE}
	 */
	public static int run(String[] args, PrintStream out, PrintStream err) {
		Map<String, String> options;
		try {
			options = options(args);
		}
		catch (IllegalArgumentException exception) {
			err.println(exception.getMessage());
			err.println("usage: verify --url URL --token TOKEN [--key KEY] [--state FILE]");
			return UNABLE;
		}
		String url = options.get("--url").replaceAll("/+$", "");
		LedgerVerifier verifier = new LedgerVerifier(URI.create(url + "/"), options.get("--token"), out);
		Path state = options.containsKey("--state") ? Path.of(options.get("--state")) : null;
		try {
			verifier.verify(options.get("--key"), state);
			return VERIFIED;
		}
		catch (Mismatch mismatch) {
			err.println("MISMATCH: " + mismatch.getMessage());
			return MISMATCH;
		}
		catch (IOException | RuntimeException exception) {
			// A refused connection has no message; its class says what happened.
			err.println("could not verify: "
					+ ((exception.getMessage() != null) ? exception.getMessage() : exception.toString()));
			return UNABLE;
		}
		catch (InterruptedException exception) {
			Thread.currentThread().interrupt();
			err.println("interrupted");
			return UNABLE;
		}
	}

	private void verify(String pinnedKey, Path stateFile) throws IOException, InterruptedException, Mismatch {
		Properties state = load(stateFile);
		NoteVerifier key = NoteVerifier.fromVerifierKey(key(pinnedKey, state));
		Checkpoint checkpoint = latestCheckpoint(key);
		String consistency = checkConsistency(state, checkpoint);
		long after = Long.parseLong(state.getProperty("after", "-1"));
		long verified = verifyEntries(checkpoint, after);
		state.setProperty("key", key.verifierKey());
		state.setProperty("size", Long.toString(checkpoint.size()));
		state.setProperty("rootHash", Base64.getEncoder().encodeToString(checkpoint.rootHash()));
		state.setProperty("after", Long.toString(Math.max(after, checkpoint.size() - 1)));
		save(stateFile, state);
		this.out.println("checkpoint " + checkpoint.size() + " of " + checkpoint.origin() + " signed by "
				+ key.name() + "; " + consistency + "; " + verified + " entries of this member verified"
				+ ((stateFile != null) ? "; state saved in " + stateFile : ""));
	}

	/** The pinned key, else the one the state file pinned, else the centre's, trusted on first use. */
	private String key(String pinnedKey, Properties state) throws IOException, InterruptedException, Mismatch {
		String remembered = state.getProperty("key");
		if (pinnedKey != null && remembered != null && !pinnedKey.equals(remembered)) {
			throw new Mismatch("the key given, " + pinnedKey + ", is not the one the state file pinned, " + remembered);
		}
		if (pinnedKey != null) {
			return pinnedKey;
		}
		if (remembered != null) {
			return remembered;
		}
		String served = get("api/v1/ledger/key").trim();
		this.out.println("no key given: trusting the centre's " + served + " on first use; pin it with --key");
		return served;
	}

	private Checkpoint latestCheckpoint(NoteVerifier key) throws IOException, InterruptedException, Mismatch {
		String note = get("api/v1/ledger/checkpoint");
		try {
			return key.verifyCheckpoint(note);
		}
		catch (NoteException exception) {
			throw new Mismatch("the latest checkpoint does not verify with key " + key.verifierKey() + ": "
					+ exception.getMessage());
		}
	}

	/** RFC 9162 §2.1.4.2: the new tree must extend the one accepted last time. */
	private String checkConsistency(Properties state, Checkpoint checkpoint)
			throws IOException, InterruptedException, Mismatch {
		if (!state.containsKey("size")) {
			return "no earlier checkpoint to compare with";
		}
		long size = Long.parseLong(state.getProperty("size"));
		byte[] root = Base64.getDecoder().decode(state.getProperty("rootHash"));
		if (size > checkpoint.size()) {
			throw new Mismatch("checkpoint " + checkpoint.size() + " is smaller than checkpoint " + size
					+ " accepted before: the ledger lost entries");
		}
		if (size == checkpoint.size()) {
			if (!MessageDigest.isEqual(root, checkpoint.rootHash())) {
				throw new Mismatch("checkpoint " + size + " has another root hash than when it was accepted");
			}
			return "the same tree as accepted before";
		}
		if (size == 0) {
			return "the tree accepted before was empty";
		}
		Map<String, Object> proof = json("api/v1/ledger/proof/consistency?from=" + size + "&to=" + checkpoint.size());
		try {
			MerkleProofs.verifyConsistency(size, checkpoint.size(), hashes(proof.get("proof")), root,
					checkpoint.rootHash());
		}
		catch (ProofException exception) {
			throw new Mismatch("checkpoint " + checkpoint.size() + " is not consistent with checkpoint " + size
					+ " accepted before: " + exception.getMessage());
		}
		return "consistent with checkpoint " + size + " accepted before";
	}

	/** Every visible entry from {@code after + 1} up to the checkpoint's last; answers how many were checked. */
	private long verifyEntries(Checkpoint checkpoint, long after) throws IOException, InterruptedException, Mismatch {
		long verified = 0;
		for (long start = after; start < checkpoint.size() - 1; start += PAGE) {
			long limit = Math.min(PAGE, checkpoint.size() - 1 - start);
			Map<String, Object> page = json("api/v1/ledger/entries?after=" + start + "&limit=" + limit);
			for (Object item : (List<?>) page.get("items")) {
				verifyEntry(checkpoint, map(item));
				verified++;
			}
		}
		return verified;
	}

	private void verifyEntry(Checkpoint checkpoint, Map<String, Object> entry)
			throws IOException, InterruptedException, Mismatch {
		long seq = (Long) entry.get("seq");
		String name = "entry " + seq + " (" + entry.get("type") + ")";
		Map<String, Object> served = map(JsonText.parse((String) entry.get("envelope")));
		Envelope envelope = new Envelope(seq, (String) served.get("time"), (String) entry.get("type"),
				Envelope.commitment(Base64.getDecoder().decode((String) entry.get("salt")), (String) entry.get("event")));
		if (!envelope.text().equals(entry.get("envelope"))) {
			throw new Mismatch(name + ": its event and salt do not match the commitment of its envelope");
		}
		Map<String, Object> proof = json("api/v1/ledger/proof/inclusion?index=" + seq + "&size=" + checkpoint.size());
		try {
			MerkleProofs.verifyInclusion(seq, checkpoint.size(), envelope.leafHash(), hashes(proof.get("proof")),
					checkpoint.rootHash());
		}
		catch (ProofException exception) {
			throw new Mismatch(name + ": its envelope is not in the tree of checkpoint " + checkpoint.size()
					+ ", so its event or salt was changed after it was recorded: " + exception.getMessage());
		}
	}

	private String get(String path) throws IOException, InterruptedException {
		HttpRequest request = HttpRequest.newBuilder(this.base.resolve(path))
			.timeout(Duration.ofMinutes(1))
			.header("Authorization", "Bearer " + this.token)
			.GET()
			.build();
		HttpResponse<String> response = this.client.send(request,
				HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		if (response.statusCode() != 200) {
			throw new IOException("GET /" + path + " answered " + response.statusCode() + ": " + response.body());
		}
		return response.body();
	}

	private Map<String, Object> json(String path) throws IOException, InterruptedException {
		return map(JsonText.parse(get(path)));
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> map(Object value) {
		if (!(value instanceof Map)) {
			throw new IllegalArgumentException("the centre answered " + value + " where an object was expected");
		}
		return (Map<String, Object>) value;
	}

	private static List<byte[]> hashes(Object proof) {
		return ((List<?>) requireNonNull(proof, "the answer has no proof")).stream()
			.map(hash -> Base64.getDecoder().decode((String) hash))
			.toList();
	}

	private static Map<String, String> options(String[] args) {
		Map<String, String> options = new HashMap<>();
		for (int index = 0; index < args.length; index += 2) {
			if (!List.of("--url", "--token", "--key", "--state").contains(args[index]) || index + 1 >= args.length) {
				throw new IllegalArgumentException("unknown option or missing value: " + args[index]);
			}
			options.put(args[index], args[index + 1]);
		}
		if (!options.containsKey("--url") || !options.containsKey("--token")) {
			throw new IllegalArgumentException("--url and --token are required");
		}
		return options;
	}

	private static Properties load(Path file) throws IOException {
		Properties state = new Properties();
		if (file != null && Files.exists(file)) {
			try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
				state.load(reader);
			}
		}
		return state;
	}

	/** Written aside and moved into place, so that an interrupted run leaves the previous state whole. */
	private static void save(Path file, Properties state) throws IOException {
		if (file == null) {
			return;
		}
		Path absolute = file.toAbsolutePath();
		Path temporary = Files.createTempFile(absolute.getParent(), ".ledger-state-", ".tmp");
		try (Writer writer = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
			state.store(writer, "the last ledger checkpoint this member verified");
		}
		Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
	}

	/** The ledger does not match what it proves or signs. */
	private static final class Mismatch extends Exception {

		Mismatch(String message) {
			super(message);
		}

	}

}
