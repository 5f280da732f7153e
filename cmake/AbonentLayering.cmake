# The dependency rule, checked when the build is configured: front ends →
# feature libraries → storage, never back. A target that links (directly or
# through another library) something it must not stops the configure step
# with the chain that brought it in.

# Every target `target` links, directly or not, as "name<-via<-…" chains.
function(_abonent_linked_closure target out)
    set(seen "")
    set(queue "${target}")
    set(chains "")
    set(chain_${target} "${target}")
    while(queue)
        list(POP_FRONT queue current)
        if(NOT TARGET ${current})
            continue()
        endif()
        get_target_property(aliased ${current} ALIASED_TARGET)
        set(links "")
        foreach(property LINK_LIBRARIES INTERFACE_LINK_LIBRARIES)
            get_target_property(values ${current} ${property})
            if(values)
                list(APPEND links ${values})
            endif()
        endforeach()
        if(aliased)
            list(APPEND links ${aliased})
        endif()
        foreach(link IN LISTS links)
            # $<LINK_ONLY:X> and similar wrap a target name.
            string(REGEX REPLACE "^\\$<[A-Z_]+:(.*)>$" "\\1" link "${link}")
            if(link MATCHES "^\\$<" OR link IN_LIST seen)
                continue()
            endif()
            list(APPEND seen ${link})
            set(chain_${link} "${link} <- ${chain_${current}}")
            list(APPEND chains "${chain_${link}}")
            list(APPEND queue ${link})
        endforeach()
    endwhile()
    set(${out} "${chains}" PARENT_SCOPE)
endfunction()

# abonent_forbid_links(TARGETS t… FORBIDDEN f… REASON "why")
function(abonent_forbid_links)
    cmake_parse_arguments(arg "" "REASON" "TARGETS;FORBIDDEN" ${ARGN})
    foreach(target IN LISTS arg_TARGETS)
        if(NOT TARGET ${target})
            continue()
        endif()
        _abonent_linked_closure(${target} chains)
        foreach(chain IN LISTS chains)
            string(REGEX MATCH "^[^ ]+" linked "${chain}")
            if(linked IN_LIST arg_FORBIDDEN)
                message(FATAL_ERROR "${target} links ${linked} (${chain}): ${arg_REASON}")
            endif()
        endforeach()
    endforeach()
endfunction()

set(ABONENT_CORE_LIBRARIES
    abonent_storage abonent_domain abonent_contacts abonent_economics abonent_customers
    abonent_people abonent_problems abonent_import abonent_export abonent_letters abonent_telephony abonent_privacy abonent_core
    abonent_demo)
set(ABONENT_FRONT_END_LIBRARIES abonent_ui abonent_app abonent_gui)

abonent_forbid_links(TARGETS ${ABONENT_CORE_LIBRARIES}
    FORBIDDEN Qt6::Widgets Qt6::PrintSupport Qt6::Charts Qt6::Svg ${ABONENT_FRONT_END_LIBRARIES}
    REASON "the core knows no widget and no front end")
abonent_forbid_links(TARGETS abonent_storage abonent_domain abonent_contacts abonent_economics
        abonent_customers abonent_people abonent_problems abonent_import abonent_export abonent_telephony
    FORBIDDEN Qt6::Gui
    REASON "only the letters library needs QtGui (text layout, PDF, images)")
abonent_forbid_links(TARGETS abonent_storage abonent_domain abonent_contacts abonent_economics
        abonent_customers abonent_people abonent_problems abonent_import abonent_export abonent_letters abonent_privacy
    FORBIDDEN Qt6::Network
    REASON "only telephony talks to the network")
abonent_forbid_links(TARGETS abonent_storage
    FORBIDDEN abonent_domain abonent_contacts abonent_economics abonent_customers abonent_people abonent_problems
        abonent_import abonent_export abonent_letters abonent_telephony abonent_privacy abonent_core abonent_demo
    REASON "storage knows no feature")
abonent_forbid_links(TARGETS ${ABONENT_CORE_LIBRARIES}
    FORBIDDEN abonent_demo
    REASON "the product does not depend on demo data")
abonent_forbid_links(TARGETS abonent_bench
    FORBIDDEN ${ABONENT_FRONT_END_LIBRARIES} Qt6::Widgets
    REASON "abonent_bench times the core offscreen, widget timing belongs in bench/ui")
