import * as core from '@actions/core';
import * as exec from '@actions/exec';

const name = core.getInput('name', { required: true });
const greeting = core.getInput('greeting');
const secret = `toolkit-secret-${name}`;
core.setSecret(secret);
console.log(`masked: ${secret}`);
core.exportVariable('TOOLKIT_VAR', `exported-${name}`);
core.addPath(`${process.env.RUNNER_TEMP}/toolkit-bin`);
core.saveState('started', `state-${name}`);
core.startGroup('toolkit group');
console.log('inside the group');
core.endGroup();
core.warning('toolkit warning', { file: 'src/app.js', startLine: 3, startColumn: 5, title: 'Careful' });
core.notice('toolkit notice');
let first = '';
const code = await exec.exec('bash', ['-c', 'echo "exec said $0"', 'hi'], {
  listeners: { stdout: (data) => { first += data.toString(); } },
});
const second = await exec.getExecOutput('bash', ['-c', 'echo second']);
core.setOutput('greeting', `${greeting}, ${name}!`);
core.setOutput('exec', `${first.trim()}|${second.stdout.trim()}|${code}`);
await core.summary.addHeading('Toolkit summary').addRaw('all good').write();
core.info(`toolkit main done for ${process.env.GITHUB_ACTION_PATH ? 'an action with a path' : 'nothing'}`);
