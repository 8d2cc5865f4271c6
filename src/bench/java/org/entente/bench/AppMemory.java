package org.entente.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The application's memory as the operating system and its own JVM report it: the heap in use right after a
 * full collection asked for with {@code jcmd} (so the live data only, not garbage waiting for the next
 * collection), its resident set and its thread count. A thread's stack is outside the heap, so a stream
 * client's cost shows in both figures.
 */
final class AppMemory {

	private static final Pattern HEAP_USED = Pattern.compile("heap\\s+total \\d+K, used (\\d+)K");

	private static final Pattern THREAD_CPU = Pattern.compile(" cpu=([0-9.]+)ms ");

	private static final Pattern STATUS_FIELD = Pattern.compile("^(VmRSS|Threads):\\s+(\\d+)", Pattern.MULTILINE);

	private AppMemory() {
	}

	/** One reading of the process {@code pid}. */
	static Reading read(long pid) throws IOException, InterruptedException {
		jcmd(pid, "GC.run");
		Matcher heap = HEAP_USED.matcher(jcmd(pid, "GC.heap_info"));
		long heapKibibytes = heap.find() ? Long.parseLong(heap.group(1)) : -1;
		long residentKibibytes = -1;
		int threads = threads(pid);
		Matcher status = STATUS_FIELD.matcher(status(pid));
		while (status.find()) {
			if (status.group(1).equals("VmRSS")) {
				residentKibibytes = Long.parseLong(status.group(2));
			}
		}
		return new Reading(heapKibibytes, residentKibibytes, threads);
	}

	/** The live objects by class, largest first ({@code jcmd GC.class_histogram}, which collects first). */
	static String histogram(long pid) throws IOException, InterruptedException {
		return jcmd(pid, "GC.class_histogram");
	}

	/**
	 * CPU time used so far by the application's threads whose names start with one of the prefixes, from the
	 * {@code cpu=} of each thread in {@code jcmd Thread.print}; in milliseconds.
	 */
	static double threadCpuMillis(long pid, List<String> prefixes) throws IOException, InterruptedException {
		double total = 0;
		for (String line : jcmd(pid, "Thread.print").lines().toList()) {
			Matcher cpu = THREAD_CPU.matcher(line);
			if (cpu.find() && prefixes.stream().anyMatch((prefix) -> line.startsWith("\"" + prefix))) {
				total += Double.parseDouble(cpu.group(1));
			}
		}
		return total;
	}

	/** The process's thread count, -1 where /proc is not there to say. */
	static int threads(long pid) throws IOException {
		Matcher status = STATUS_FIELD.matcher(status(pid));
		while (status.find()) {
			if (status.group(1).equals("Threads")) {
				return Integer.parseInt(status.group(2));
			}
		}
		return -1;
	}

	/**
	 * Live instances of a class in the application (after the full collection {@code GC.class_histogram} makes
	 * first); 0 when none is left.
	 */
	static long liveInstances(long pid, String className) throws IOException, InterruptedException {
		for (String line : histogram(pid).lines().toList()) {
			String[] fields = line.trim().split("\\s+");
			if (fields.length == 4 && fields[3].equals(className)) {
				return Long.parseLong(fields[1]);
			}
		}
		return 0;
	}

	private static String status(long pid) throws IOException {
		Path file = Path.of("/proc", Long.toString(pid), "status");
		return Files.exists(file) ? Files.readString(file) : "";
	}

	private static String jcmd(long pid, String command) throws IOException, InterruptedException {
		Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
		Process process = new ProcessBuilder(jcmd.toString(), Long.toString(pid), command).redirectErrorStream(true).start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		if (!process.waitFor(1, TimeUnit.MINUTES) || process.exitValue() != 0) {
			throw new IOException("jcmd " + command + " failed: " + output);
		}
		return output;
	}

	/** Kibibytes of live heap and of resident memory (-1 where unknown), and the number of threads. */
	record Reading(long heapKibibytes, long residentKibibytes, int threads) {
	}

}
