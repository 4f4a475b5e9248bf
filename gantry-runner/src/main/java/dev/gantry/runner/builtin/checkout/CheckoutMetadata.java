package dev.gantry.runner.builtin.checkout;

/**
 * The metadata the checkout built-in declares: the inputs, defaults and outputs of {@code actions/checkout@v4},
 * with descriptions of what the built-in does with each.
 */
final class CheckoutMetadata {

    private CheckoutMetadata() {}

    static final String TEXT = """
            name: 'Checkout'
            description: 'Checks out a commit of a git repository held on this machine.'
            inputs:
              repository:
                description: 'The repository (owner/name) to check out; it must be held on this machine.'
                default: ${{ github.repository }}
              ref:
                description: 'Branch, tag or SHA to check out; the run''s commit by default.'
              token:
                description: 'Accepted; never written to the repository configuration.'
                default: ${{ github.token }}
              ssh-key:
                description: 'Accepted; never written to the repository configuration.'
              ssh-known-hosts:
                description: 'Accepted; nothing is fetched over SSH.'
              ssh-strict:
                description: 'Accepted; nothing is fetched over SSH.'
                default: true
              ssh-user:
                description: 'Accepted; nothing is fetched over SSH.'
                default: git
              persist-credentials:
                description: 'Accepted; there are no credentials to persist.'
                default: true
              path:
                description: 'Folder under the workspace to place the repository in.'
              clean:
                description: 'Whether to run git clean -ffdx and git reset --hard in an existing repository first.'
                default: true
              filter:
                description: 'Not supported: the whole commit is checked out.'
                default: null
              sparse-checkout:
                description: 'Not supported: the whole commit is checked out.'
                default: null
              sparse-checkout-cone-mode:
                description: 'Accepted; see sparse-checkout.'
                default: true
              fetch-depth:
                description: 'Number of commits to fetch; 0 fetches all history, branches and tags.'
                default: 1
              fetch-tags:
                description: 'Whether to fetch tags when fetch-depth is not 0.'
                default: false
              show-progress:
                description: 'Accepted.'
                default: true
              reference:
                description: 'Accepted; the source is already local.'
                required: false
              lfs:
                description: 'Not supported: a warning when true.'
                default: false
              submodules:
                description: 'true or recursive: check out submodules whose sources are on this machine.'
                default: false
              set-safe-directory:
                description: 'Accepted.'
                default: true
              github-server-url:
                description: 'Accepted; nothing is fetched from a server.'
                required: false
            outputs:
              ref:
                description: 'The branch, tag or SHA that was checked out.'
              commit:
                description: 'The commit SHA that was checked out.'
            runs:
              using: node20
              main: builtin
              post: builtin
            """;
}
