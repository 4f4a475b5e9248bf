/**
 * The built-in stand-ins for {@code actions/setup-node@v4}, {@code actions/setup-java@v4},
 * {@code actions/setup-python@v5} and {@code actions/setup-go@v5}. None downloads anything: each looks for a
 * toolchain already installed on the host (on {@code PATH}, in the usual system folders and in
 * {@code RUNNER_TOOL_CACHE}), picks the highest version that matches the requested range, puts it first on
 * {@code PATH} and sets the real action's outputs; when none matches, the step fails listing what was found.
 *
 * <p>Imports the action SPI ({@code dev.gantry.runner.action}), the {@code dev.gantry.runner.toolchain} package,
 * Jackson (to read {@code package.json}) and the JDK; never the host executor or the engine's scheduling code.
 */
package dev.gantry.runner.builtin.setup;
