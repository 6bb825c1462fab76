//go:build !linux && !darwin

package main

func arch() string { return "wrong" }
