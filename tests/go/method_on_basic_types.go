// Methods on named basic types: arithmetic receivers, conversions, and
// method values on them.
package main

import "fmt"

type Celsius float64
type Meters int
type Name string

func (c Celsius) F() float64         { return float64(c)*9/5 + 32 }
func (m Meters) Add(o Meters) Meters { return m + o }
func (m *Meters) Double()            { *m *= 2 }
func (n Name) Greet() string         { return "hi " + string(n) }
func (n Name) Len() int              { return len(n) }

func main() {
	c := Celsius(100)
	fmt.Println(c.F(), Celsius(-40).F())
	var m Meters = 5
	m.Double()
	fmt.Println(m.Add(3), m)
	n := Name("bob")
	greet := n.Greet
	n = "alice"
	fmt.Println(greet(), n.Greet(), n.Len())
}
