//go:build (linux || darwin) && !windows && go1.18

package main

func arch() string { return "constraint held" }
