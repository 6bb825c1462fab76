// Method values stored in a slice and a map, called later.
package main

import "fmt"

type Light struct {
	name string
	on   bool
}

func (l *Light) Toggle()       { l.on = !l.on }
func (l Light) Status() string { return fmt.Sprintf("%s:%v", l.name, l.on) }

func main() {
	k := &Light{name: "kitchen"}
	h := &Light{name: "hall"}
	actions := []func(){k.Toggle, h.Toggle, k.Toggle, k.Toggle}
	for _, a := range actions {
		a()
	}
	fmt.Println(k.Status(), h.Status())
	report := map[string]func() string{"k": k.Status, "h": h.Status}
	k.Toggle()
	fmt.Println(report["k"](), report["h"]())
}
