import * as core from '@actions/core';

core.info(`post sees state ${core.getState('started')}`);
