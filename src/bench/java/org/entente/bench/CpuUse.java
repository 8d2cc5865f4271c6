package org.entente.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Who used the CPU while a scenario measured: the application, the harness (and within it the stream clients'
 * reading thread), and the whole machine, whose other load the shared build machines make worth knowing.
 * Percentages are of one core, so on two cores the machine tops out at 200.
 */
final class CpuUse {

	/** Linux reports process times in USER_HZ ticks, 100 a second on every architecture it runs on here. */
	private static final double TICKS_PER_SECOND = 100;

	private final long applicationPid;

	private final long wall;

	private final long harness;

	private final long application;

	private final long machineBusy;

	private CpuUse(long applicationPid) throws IOException {
		this.applicationPid = applicationPid;
		this.wall = System.nanoTime();
		this.harness = harnessNanos();
		this.application = processTicks(applicationPid);
		this.machineBusy = machineBusyTicks();
	}

	/** Starts counting from now. */
	static CpuUse since(long applicationPid) throws IOException {
		return new CpuUse(applicationPid);
	}

	/** The use since this was made, by name, as percentages of one core; {@code clientNanos} is a thread's share. */
	Map<String, Object> until(long clientNanosSpent) throws IOException {
		double seconds = (System.nanoTime() - this.wall) / 1e9;
		Map<String, Object> use = new LinkedHashMap<>();
		use.put("appCpuPercent", percent((processTicks(this.applicationPid) - this.application) / TICKS_PER_SECOND, seconds));
		use.put("harnessCpuPercent", percent((harnessNanos() - this.harness) / 1e9, seconds));
		use.put("streamClientsCpuPercent", percent(clientNanosSpent / 1e9, seconds));
		use.put("machineCpuPercent", percent((machineBusyTicks() - this.machineBusy) / TICKS_PER_SECOND, seconds));
		use.put("loadAverage", loadAverage());
		return use;
	}

	private static double percent(double cpuSeconds, double wallSeconds) {
		return Math.round(cpuSeconds / wallSeconds * 1000) / 10.0;
	}

	private static long harnessNanos() {
		return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
	}

	/** utime + stime of the process, fields 14 and 15 of /proc/pid/stat (after the command, which may hold spaces). */
	private static long processTicks(long pid) throws IOException {
		Path stat = Path.of("/proc", Long.toString(pid), "stat");
		if (!Files.exists(stat)) {
			return 0;
		}
		String text = Files.readString(stat);
		String[] fields = text.substring(text.lastIndexOf(')') + 2).split(" ");
		return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
	}

	/** All cores' time not idle nor waiting for I/O, from the first line of /proc/stat. */
	private static long machineBusyTicks() throws IOException {
		Path stat = Path.of("/proc/stat");
		if (!Files.exists(stat)) {
			return 0;
		}
		String[] fields = Files.readAllLines(stat).get(0).trim().split("\\s+");
		long busy = 0;
		for (int i = 1; i < fields.length && i <= 8; i++) {
			busy += (i == 4 || i == 5) ? 0 : Long.parseLong(fields[i]);
		}
		return busy;
	}

	/** The 1, 5 and 15 minute load averages, as the machine's other work shows in them. */
	private static String loadAverage() throws IOException {
		Path loadavg = Path.of("/proc/loadavg");
		if (!Files.exists(loadavg)) {
			return "";
		}
		String[] fields = Files.readString(loadavg).trim().split(" ");
		return fields[0] + " " + fields[1] + " " + fields[2];
	}

}
