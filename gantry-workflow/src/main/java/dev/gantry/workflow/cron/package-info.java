/**
 * The cron expressions of {@code on.schedule}: GitHub's 5-field POSIX syntax (minute, hour, day of month, month,
 * day of week; {@code *}, lists, ranges, steps, JAN–DEC and SUN–SAT), always in UTC. Parsing returns errors as
 * values naming the field and offset ({@link dev.gantry.workflow.cron.CronParse}); a
 * {@link dev.gantry.workflow.cron.CronSchedule} computes its next fire time without scanning minute by minute,
 * and {@link dev.gantry.workflow.cron.FrequencyCheck} warns about schedules more frequent than GitHub allows.
 *
 * <p>Pure: imports only {@code java.time} and the JDK collections; never reads the clock (callers pass instants).
 */
package dev.gantry.workflow.cron;
