package dev.gantry.runner.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** GitHub's shell table on Linux, against a fake file system of executables. */
class ShellResolverTest {

    private static ShellResolver with(String... installed) {
        Set<String> names = Set.of(installed);
        return new ShellResolver((command, path) -> names.contains(command)
                ? Optional.of(Path.of("/bin", command)) : Optional.empty());
    }

    private static Shell resolved(ShellResolver resolver, String shell) {
        var resolution = resolver.resolve(Optional.ofNullable(shell), "/bin");
        assertThat(resolution).isInstanceOf(ShellResolver.Resolution.Resolved.class);
        return ((ShellResolver.Resolution.Resolved) resolution).shell();
    }

    private static String rejected(ShellResolver resolver, String shell) {
        var resolution = resolver.resolve(Optional.ofNullable(shell), "/bin");
        assertThat(resolution).isInstanceOf(ShellResolver.Resolution.Rejected.class);
        return ((ShellResolver.Resolution.Rejected) resolution).message();
    }

    @Test
    void theDefaultIsBashAsGithubRunsItElseSh() {
        Shell bash = resolved(with("bash", "sh"), null);
        assertThat(bash.command(Path.of("/t/s.sh")))
                .containsExactly("/bin/bash", "--noprofile", "--norc", "-e", "-o", "pipefail", "/t/s.sh");
        assertThat(bash.extension()).isEqualTo(".sh");
        assertThat(resolved(with("sh"), null).command(Path.of("/t/s.sh"))).containsExactly("/bin/sh", "-e", "/t/s.sh");
        assertThat(rejected(with(), null)).isEqualTo("neither bash nor sh was found on PATH (/bin)");
    }

    @Test
    void namedShells() {
        ShellResolver all = with("bash", "sh", "python", "python3", "node", "pwsh");
        assertThat(resolved(all, "bash").arguments()).containsExactly("--noprofile", "--norc", "-e", "-o", "pipefail", "{0}");
        assertThat(resolved(all, "sh").arguments()).containsExactly("-e", "{0}");
        assertThat(resolved(all, "python").extension()).isEqualTo(".py");
        assertThat(resolved(all, "node").command(Path.of("/t/s.js"))).containsExactly("/bin/node", "/t/s.js");
        Shell pwsh = resolved(all, "pwsh");
        assertThat(pwsh.command(Path.of("/t/s.ps1"))).containsExactly("/bin/pwsh", "-command", ". '/t/s.ps1'");
        assertThat(pwsh.script("Write-Output 1")).startsWith("$ErrorActionPreference = 'stop'\nWrite-Output 1\n")
                .contains("exit $LASTEXITCODE");
        assertThat(resolved(with("python3"), "python").executable()).isEqualTo(Path.of("/bin/python3"));
    }

    @Test
    void explicitBashDoesNotFallBack() {
        assertThat(rejected(with("sh"), "bash")).isEqualTo("shell 'bash' was not found on PATH (/bin)");
    }

    @Test
    void windowsShellsAreRejected() {
        assertThat(rejected(with("bash"), "cmd")).startsWith("shell 'cmd' runs only on Windows runners");
        assertThat(rejected(with("bash"), "powershell")).startsWith("shell 'powershell' runs only on Windows");
    }

    @Test
    void customShells() {
        ShellResolver all = with("bash", "perl", "python3");
        assertThat(resolved(all, "bash -x {0}").command(Path.of("/t/s.sh"))).containsExactly("/bin/bash", "-x", "/t/s.sh");
        assertThat(resolved(all, "bash -x {0}").extension()).isEqualTo(".sh");
        assertThat(resolved(all, "perl -w {0}").extension()).isEmpty();
        assertThat(resolved(all, "python3 -u \"{0}\"").command(Path.of("/t/a b.py")))
                .containsExactly("/bin/python3", "-u", "/t/a b.py");
        assertThat(rejected(all, "perl -e")).contains("a custom shell must contain {0}");
        assertThat(rejected(all, "{0} perl")).isEqualTo("shell '{0} perl': {0} must come after the command");
        assertThat(rejected(all, "ruby {0}")).isEqualTo("shell 'ruby' was not found on PATH (/bin)");
        assertThat(rejected(all, "perl '{0}")).isEqualTo("shell 'perl '{0}': a ' quote is not closed");
    }

    @Test
    void wordsSplitAtSpacesOutsideQuotes() {
        assertThat(Words.split("pwsh -command \". '{0}'\"")).isEqualTo(List.of("pwsh", "-command", ". '{0}'"));
        assertThat(Words.split("  a   'b c'd  ")).isEqualTo(List.of("a", "b cd"));
    }
}
