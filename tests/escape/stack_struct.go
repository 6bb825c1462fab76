package main

type Vec struct{ X, Y, Z float64 }

func add(a, b Vec) Vec { return Vec{a.X + b.X, a.Y + b.Y, a.Z + b.Z} }

func scale(v *Vec, k float64) {
	v.X *= k
	v.Y *= k
	v.Z *= k
}

func main() {
	v := Vec{1, 2, 3}
	w := add(v, v)
	scale(&w, 2)
	println(w.X, w.Y, w.Z)
}
