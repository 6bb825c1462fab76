package main

func main() {
	for i := range 10 {
		_ = i
	}
	for range 2.5 {
	}
	for _, c := range "ok" {
		_ = c
	}
}
