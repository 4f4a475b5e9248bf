/** The wire contract shared by server, agent and cli: the JSON codec; records live in sub-packages. */
package dev.gantry.api;
