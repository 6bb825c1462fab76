// %T of composite types: arrays, slices, maps, pointers, funcs, named and
// anonymous structs, nested combinations; %v of the same values for contrast.
package main

import "fmt"

type Point struct{ X, Y int }
type List []Point
type Lookup map[string][]int
type Fn func(int) (string, error2)
type error2 struct{}

func main() {
	fmt.Printf("%T\n", [3]int{})
	fmt.Printf("%T\n", []string{})
	fmt.Printf("%T\n", map[string]int{})
	fmt.Printf("%T\n", map[Point][]*Point{})
	fmt.Printf("%T\n", &Point{})
	fmt.Printf("%T\n", Point{})
	fmt.Printf("%T\n", [][]string{})
	fmt.Printf("%T\n", [2][3]bool{})
	fmt.Printf("%T\n", struct{ A int }{})
	fmt.Printf("%T\n", struct {
		A int
		B []string
	}{})
	fmt.Printf("%T\n", struct{}{})
	fmt.Printf("%T\n", func(int) string { return "" })
	fmt.Printf("%T\n", func(a, b int, s ...string) (int, bool) { return 0, false })
	fmt.Printf("%T\n", func() {})
	fmt.Printf("%T\n", List{})
	fmt.Printf("%T\n", Lookup{})
	fmt.Printf("%T\n", Fn(nil))
	fmt.Printf("%T\n", new(*int))
	fmt.Printf("%T\n", &[]map[int]string{})
	fmt.Printf("%T\n", []byte("x"))
	fmt.Printf("%T\n", []rune("x"))
	fmt.Printf("%T\n", map[[2]uint8]float32{})
	fmt.Printf("%T\n", [0]struct{}{})
	fmt.Printf("%T %T\n", []func(){}, map[string]func(int) int{})
	var np *Point
	fmt.Printf("%T %T\n", np, []*Point{np})
	fmt.Println(fmt.Sprintf("%T", List{}) == "main.List")
}
