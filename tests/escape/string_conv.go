package main

func bytes(s string) int {
	b := []byte(s)
	return len(b)
}

func back(b []byte) string {
	return string(b)
}

func runes(s string) int {
	r := []rune(s)
	return len(r)
}

func local(b []byte) int {
	s := string(b)
	return len(s)
}

func main() {
	println(bytes("abc"), back([]byte("de")), runes("héllo"), local([]byte("xy")))
}
