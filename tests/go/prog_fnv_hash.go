// FNV-1a hashes of strings in 32 and 64 bits: multiplication that wraps
// modulo 2^32 and 2^64, xor with bytes.
package main

import "fmt"

func fnv32(s string) uint32 {
	h := uint32(2166136261)
	for i := 0; i < len(s); i++ {
		h ^= uint32(s[i])
		h *= 16777619
	}
	return h
}

func fnv64(s string) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= 1099511628211
	}
	return h
}

func main() {
	inputs := "|a|foobar|hello, world|日本語|The quick brown fox jumps over the lazy dog"
	start := 0
	for i := 0; i <= len(inputs); i++ {
		if i == len(inputs) || inputs[i] == '|' {
			s := inputs[start:i]
			fmt.Printf("%-45q %08x %016x\n", s, fnv32(s), fnv64(s))
			start = i + 1
		}
	}
}
