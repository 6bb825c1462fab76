package main

type T struct{ a, b int }

func kind(i interface{}) int {
	switch v := i.(type) {
	case int:
		return v
	case *T:
		return v.a
	case string:
		return len(v)
	}
	return -1
}

func main() {
	println(kind(1), kind(&T{2, 3}), kind("abc"))
}
