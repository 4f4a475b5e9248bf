package dev.gantry.runner.builtin.setup;

/**
 * The metadata the setup built-ins declare: the inputs, defaults and outputs of the real actions at the major
 * version they stand in for, with descriptions of what the built-in does with each.
 */
final class SetupMetadata {

    private SetupMetadata() {}

    private static final String TOKEN_DEFAULT =
            "${{ github.server_url == 'https://github.com' && github.token || '' }}";

    static final String NODE = """
            name: 'Setup Node.js environment'
            description: 'Uses a Node.js installed on this host and puts it first on PATH.'
            author: 'GitHub'
            inputs:
              always-auth:
                description: 'Accepted; no .npmrc is written.'
                default: 'false'
              node-version:
                description: 'Version range of Node.js to use (20, 20.x, >=18 <21, lts/*, latest).'
              node-version-file:
                description: 'File holding the version: .nvmrc, .node-version, package.json, .tool-versions.'
              architecture:
                description: 'Not supported: the host architecture is used.'
              check-latest:
                description: 'Accepted; nothing is downloaded.'
                default: false
              registry-url:
                description: 'Not supported.'
              scope:
                description: 'Not supported.'
              token:
                description: 'Accepted; nothing is downloaded.'
                default: %1$s
              cache:
                description: 'Accepted with a notice: dependency caching is done with actions/cache.'
              cache-dependency-path:
                description: 'Accepted; see cache.'
              mirror:
                description: 'Not supported.'
              mirror-token:
                description: 'Accepted; nothing is downloaded.'
            outputs:
              cache-hit:
                description: 'Never set: the built-in does not cache.'
              node-version:
                description: 'The version of the Node.js put on PATH, as node --version prints it.'
            runs:
              using: 'node20'
              main: 'builtin'
              post: 'builtin'
              post-if: success()
            """.formatted(TOKEN_DEFAULT);

    static final String JAVA = """
            name: 'Setup Java JDK'
            description: 'Uses a JDK installed on this host: sets JAVA_HOME and puts its bin folder first on PATH.'
            author: 'GitHub'
            inputs:
              java-version:
                description: 'Version range of Java to use (17, 21, 17.0.x).'
                required: false
              java-version-file:
                description: 'File holding the version: .java-version, .tool-versions.'
                required: false
              distribution:
                description: 'Accepted; when the JDK found comes from another vendor, a notice says so.'
                required: true
              java-package:
                description: 'Accepted; a JDK is used.'
                required: false
                default: 'jdk'
              architecture:
                description: 'Not supported: the host architecture is used.'
                required: false
              jdkFile:
                description: 'Not supported.'
                required: false
              check-latest:
                description: 'Accepted; nothing is downloaded.'
                required: false
                default: false
              server-id:
                description: 'Accepted; no settings.xml is written.'
                required: false
                default: 'github'
              server-username:
                description: 'Accepted; no settings.xml is written.'
                required: false
                default: 'GITHUB_ACTOR'
              server-password:
                description: 'Accepted; no settings.xml is written.'
                required: false
                default: 'GITHUB_TOKEN'
              settings-path:
                description: 'Accepted; no settings.xml is written.'
                required: false
              overwrite-settings:
                description: 'Accepted; no settings.xml is written.'
                required: false
                default: true
              gpg-private-key:
                description: 'Not supported.'
                required: false
              gpg-passphrase:
                description: 'Accepted; no key is imported.'
                required: false
              cache:
                description: 'Accepted with a notice: dependency caching is done with actions/cache.'
                required: false
              cache-dependency-path:
                description: 'Accepted; see cache.'
                required: false
              job-status:
                description: 'Passes the job status to the post phase.'
                required: false
                default: ${{ job.status }}
              token:
                description: 'Accepted; nothing is downloaded.'
                required: false
                default: %1$s
              mvn-toolchain-id:
                description: 'Accepted; no toolchains.xml is written.'
                required: false
              mvn-toolchain-vendor:
                description: 'Accepted; no toolchains.xml is written.'
                required: false
            outputs:
              distribution:
                description: 'The distribution input.'
              version:
                description: 'The version of the JDK used.'
              path:
                description: 'The folder of the JDK used (JAVA_HOME).'
              cache-hit:
                description: 'Never set: the built-in does not cache.'
            runs:
              using: 'node20'
              main: 'builtin'
              post: 'builtin'
            """.formatted(TOKEN_DEFAULT);

    static final String PYTHON = """
            name: 'Setup Python'
            description: 'Uses a Python installed on this host and puts it first on PATH.'
            author: 'GitHub'
            inputs:
              python-version:
                description: 'Version range of Python to use (3.x, 3.11, >=3.10).'
              python-version-file:
                description: 'File holding the version, such as .python-version.'
              cache:
                description: 'Accepted with a notice: dependency caching is done with actions/cache.'
                required: false
              architecture:
                description: 'Not supported: the host architecture is used.'
              check-latest:
                description: 'Accepted; nothing is downloaded.'
                default: false
              token:
                description: 'Accepted; nothing is downloaded.'
                default: %1$s
              cache-dependency-path:
                description: 'Accepted; see cache.'
              update-environment:
                description: 'Whether to change PATH and export pythonLocation and Python*_ROOT_DIR.'
                default: true
              allow-prereleases:
                description: 'Whether a range may match a prerelease when no release matches.'
                default: false
              freethreaded:
                description: 'Not supported.'
                default: false
            outputs:
              python-version:
                description: 'The version of the Python used.'
              cache-hit:
                description: 'Never set: the built-in does not cache.'
              python-path:
                description: 'The absolute path of the Python interpreter used.'
            runs:
              using: 'node20'
              main: 'builtin'
              post: 'builtin'
              post-if: success()
            """.formatted(TOKEN_DEFAULT);

    static final String GO = """
            name: 'Setup Go environment'
            description: 'Uses a Go installed on this host and puts it first on PATH.'
            author: 'GitHub'
            inputs:
              go-version:
                description: 'Version range of Go to use (1.22, 1.22.x, >=1.21).'
              go-version-file:
                description: 'File holding the version: go.mod, go.work, .go-version, .tool-versions.'
              check-latest:
                description: 'Accepted; nothing is downloaded.'
                default: false
              token:
                description: 'Accepted; nothing is downloaded.'
                default: %1$s
              cache:
                description: 'Accepted; dependency caching is done with actions/cache.'
                default: true
              cache-dependency-path:
                description: 'Accepted with a notice: dependency caching is done with actions/cache.'
              architecture:
                description: 'Not supported: the host architecture is used.'
            outputs:
              go-version:
                description: 'The version of the Go used.'
              cache-hit:
                description: 'Never set: the built-in does not cache.'
            runs:
              using: 'node20'
              main: 'builtin'
              post: 'builtin'
              post-if: success()
            """.formatted(TOKEN_DEFAULT);
}
